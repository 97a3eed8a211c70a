from django.conf import settings
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, get_language_info


def navigation(request):
    """The language switcher: the same page in every interface language."""
    current = get_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        languages.append(
            {"code": code, "name": info["name_local"], "url": same_page_in(request, code), "current": code == current}
        )
    return {"interface_languages": languages}


def same_page_in(request, language):
    """This page's address in ``language``, with its query string; a local ``next``
    address (sign-in pages) is switched too, so the visitor lands in the language chosen."""
    url = translate_url(request.path, language)
    query = request.GET.copy()
    following = query.get("next")
    if following and url_has_allowed_host_and_scheme(following, allowed_hosts={request.get_host()}):
        query["next"] = translate_url(following, language)
    return f"{url}?{query.urlencode(safe='/')}" if query else url

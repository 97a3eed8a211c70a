from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def navigation(request):
    """The language switcher: the same page in every interface language."""
    current = get_language()
    path = request.get_full_path()
    languages = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        languages.append(
            {"code": code, "name": info["name_local"], "url": translate_url(path, code), "current": code == current}
        )
    return {"interface_languages": languages}

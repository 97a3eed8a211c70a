from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request, default=""):
    """The ``next`` address a form or link asks to return to, only when it stays on this
    site (same host, and HTTPS when the request came over HTTPS); else ``default``.
    Every redirect target taken from a request goes through here."""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return default

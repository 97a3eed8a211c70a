import functools

from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.translation import get_language, get_language_from_path
from django.utils.translation import gettext_lazy as _

from .mfa import is_missing_required_mfa


class UserLanguageMiddleware:
    """Language order: the URL prefix, then the signed-in user's preference, then the
    browser's (which LocaleMiddleware already applied). Only acts on unprefixed URLs, so
    that LocaleMiddleware redirects them to the user's language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not get_language_from_path(request.path_info):
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = user.preferred_language
        return self.get_response(request)


class RequireMFAMiddleware:
    """Staff and conduct roles must set up two-factor authentication before anything
    else: until they have an authenticator app, every page sends them to set it up (the
    set-up and re-authentication pages excepted) and the API answers 403. A session
    that has given its password but not its code is not signed in at all (allauth keeps
    it at the two-factor stage), so it gets nothing either."""

    ALLOWED_URL_NAMES = (
        "account_logout",
        "account_reauthenticate",
        "mfa_reauthenticate",
        "mfa_activate_totp",
        "mfa_index",
        "mfa_view_recovery_codes",
        "mfa_download_recovery_codes",
        "account_email",
    )
    MESSAGE = _("Your role gives access to sensitive data: set up two-factor authentication to continue.")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._is_exempt(request.path_info) or not is_missing_required_mfa(request.user):
            return self.get_response(request)
        if request.path_info.startswith("/api/"):
            return JsonResponse({"detail": str(self.MESSAGE)}, status=403)
        queued = messages.get_messages(request)
        already_said = any(str(message.message) == str(self.MESSAGE) for message in queued)
        queued.used = False  # reading the queue must not consume it
        if not already_said:
            messages.warning(request, self.MESSAGE)
        return redirect("mfa_activate_totp")

    def _is_exempt(self, path):
        if path.startswith(("/static/", "/i18n/")) or path == "/favicon.ico":
            return True
        return path in _allowed_paths(self.ALLOWED_URL_NAMES, get_language(), get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)


@functools.lru_cache(maxsize=64)
def _allowed_paths(names, language, script_prefix, urlconf):
    """The addresses of ``names`` in ``language`` under ``script_prefix`` with
    ``urlconf``: reversed once per process, not eight times on every request."""
    return frozenset(reverse(name) for name in names)


class SuspendedAccountMiddleware:
    """An account suspended while signed in is signed out at its next request. Reads
    the user already loaded by the authentication middleware: no extra query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and user.is_sign_in_suspended():
            from django.contrib.auth import logout

            from .adapter import suspended_response

            logout(request)
            return suspended_response(request, user)
        return self.get_response(request)

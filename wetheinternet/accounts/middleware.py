from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext_lazy as _

from .rules import requires_mfa


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
    else: until they have an authenticator app, every page sends them to set it up."""

    ALLOWED_URL_NAMES = ("account_logout", "mfa_activate_totp", "mfa_index", "account_email")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and requires_mfa(user)
            and not self._is_exempt(request.path_info)
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            messages.warning(
                request, _("Your role gives access to sensitive data: set up two-factor authentication to continue.")
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    def _is_exempt(self, path):
        if path.startswith(("/static/", "/api/", "/i18n/")) or path == "/favicon.ico":
            return True
        exempt_paths = {reverse(name) for name in self.ALLOWED_URL_NAMES}
        return path in exempt_paths or "/accounts/2fa/" in path


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

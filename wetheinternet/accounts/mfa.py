"""Two-factor authentication: who must have it, and whether they have set it up. The one
place that answers both, for the page middleware and the API alike."""

import time

from allauth.account import app_settings as account_settings
from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator

from .rules import requires_mfa


def has_authenticator_app(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def is_missing_required_mfa(user):
    """True for a signed-in account whose role requires two-factor authentication and
    that has not set up an authenticator app yet: it gets no page, file or API answer
    but the set-up pages."""
    return bool(user.is_authenticated and requires_mfa(user) and not has_authenticator_app(user))


def signed_in_with_password_just_now(request):
    """The session's last password sign-in is recent enough to count as
    re-authentication (allauth's re-authentication timeout, 5 minutes by default)."""
    records = [r for r in get_authentication_records(request, request.user) if r.get("method") == "password"]
    return bool(records) and time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT

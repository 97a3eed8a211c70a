"""Two-factor authentication: who must have it, and whether they have set it up. The one
place that answers both, for the page middleware and the API alike."""

import datetime as dt
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


def is_first_enrolment_after_password(request):
    """The person typed their password in this session less than allauth's
    re-authentication timeout ago (5 minutes by default), and had no authenticator
    before that: they are setting up two-factor for the first time (app, then recovery
    codes), so the password they just gave counts as re-authentication."""
    records = [r for r in get_authentication_records(request, request.user) if r.get("method") == "password"]
    if not records or time.time() - records[-1]["at"] >= account_settings.REAUTHENTICATION_TIMEOUT:
        return False
    signed_in_at = dt.datetime.fromtimestamp(records[-1]["at"], tz=dt.UTC)
    return not Authenticator.objects.filter(user=request.user, created_at__lt=signed_in_at).exists()

from allauth.mfa.models import Authenticator
from django.db import transaction
from rest_framework.authtoken.models import Token

from wetheinternet.core.audit import log_action


def reset_two_factor(user, *, by):
    """Remove ``user``'s authenticator app and recovery codes (a lost phone): they set up
    a new one at their next sign-in. Side effects: deletes the authenticators, one audit
    entry."""
    with transaction.atomic():
        removed, _ = Authenticator.objects.filter(user=user).delete()
        if removed:
            log_action("accounts.two_factor.reset", actor=by, target=user)
    return removed


def revoke_api_keys(user, *, by):
    """Delete ``user``'s API key: tools using it stop at once. Side effects: deletes the
    key, one audit entry."""
    with transaction.atomic():
        removed, _ = Token.objects.filter(user=user).delete()
        if removed:
            log_action("accounts.api_key.revoked", actor=by, target=user)
    return removed

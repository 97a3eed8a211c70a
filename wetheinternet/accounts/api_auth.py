from django.utils.translation import gettext_lazy as _
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from .mfa import is_missing_required_mfa


class SuspensionAwareTokenAuthentication(TokenAuthentication):
    """API keys stop working while their account is suspended by a conduct decision,
    as the account itself cannot sign in (sessions are signed out by a middleware), and
    do not work for a role that needs two-factor authentication until it is set up
    (sessions get the same refusal from ``RequireMFAMiddleware``)."""

    def authenticate_credentials(self, key):
        user, token = super().authenticate_credentials(key)
        if user.is_sign_in_suspended():
            raise AuthenticationFailed(_("This account is suspended: its API keys do not work until the suspension ends."))
        if is_missing_required_mfa(user):
            raise AuthenticationFailed(
                _("This account must set up two-factor authentication before its API keys work.")
            )
        return user, token

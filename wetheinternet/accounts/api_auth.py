from django.utils.translation import gettext_lazy as _
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed


class SuspensionAwareTokenAuthentication(TokenAuthentication):
    """API keys stop working while their account is suspended by a conduct decision,
    as the account itself cannot sign in (sessions are signed out by a middleware)."""

    def authenticate_credentials(self, key):
        user, token = super().authenticate_credentials(key)
        if user.is_sign_in_suspended():
            raise AuthenticationFailed(_("This account is suspended: its API keys do not work until the suspension ends."))
        return user, token

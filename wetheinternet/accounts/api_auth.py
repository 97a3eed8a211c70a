from django.db import connection
from django.utils.translation import gettext_lazy as _
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import AuthenticationFailed

from wetheinternet.core.raw_rows import instance

from .mfa import is_missing_required_mfa
from .models import RoleAssignment, User

USER_FIELDS = tuple(field.attname for field in User._meta.concrete_fields)


def _token_sql():
    token, user, role = Token._meta.db_table, User._meta.db_table, RoleAssignment._meta.db_table
    columns = ", ".join(f"u.{name}" for name in USER_FIELDS)
    return (
        f"SELECT t.created, {columns}, r.role FROM {token} t INNER JOIN {user} u ON u.id = t.user_id"  # noqa: S608
        f" LEFT JOIN {role} r ON r.user_id = u.id WHERE t.key = %s"
    )


def token_with_user(key):
    """The API key ``key`` with its account and the account's organisation roles
    (``user.organisation_roles``, which the two-factor rule reads), in one query, or
    None. Every request reads the key afresh: a deleted key, a suspended or deactivated
    account and a new role count from the next request."""
    with connection.cursor() as cursor:
        cursor.execute(_token_sql(), [key])
        rows = cursor.fetchall()
    if not rows:
        return None
    user = instance(User, USER_FIELDS, rows[0][1:-1])
    user.__dict__["organisation_roles"] = {row[-1] for row in rows if row[-1] is not None}
    token = instance(Token, ("key", "user_id", "created"), (key, user.pk, rows[0][0]))
    token.user = user
    return token


class SuspensionAwareTokenAuthentication(TokenAuthentication):
    """API keys stop working while their account is suspended by a conduct decision,
    as the account itself cannot sign in (sessions are signed out by a middleware), and
    do not work for a role that needs two-factor authentication until it is set up
    (sessions get the same refusal from ``RequireMFAMiddleware``).

    The key, its account and the account's roles are read in one query
    (``token_with_user``); DRF's own lookup took two, and built them with the ORM at a
    cost larger than the query's. Keys are DRF's: random 40-character keys compared in
    the database, so there is no hashing cost to save."""

    def authenticate_credentials(self, key):
        token = token_with_user(key)
        if token is None:
            raise AuthenticationFailed(_("Invalid token."))
        user = token.user
        if not user.is_active:
            raise AuthenticationFailed(_("User inactive or deleted."))
        if user.is_sign_in_suspended():
            raise AuthenticationFailed(
                _("This account is suspended: its API keys do not work until the suspension ends.")
            )
        if is_missing_required_mfa(user):
            raise AuthenticationFailed(
                _("This account must set up two-factor authentication before its API keys work.")
            )
        return user, token

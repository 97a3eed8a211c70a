from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wetheinternet.core.audit import log_action
from wetheinternet.core.messaging.queue import send_templated_mail
from wetheinternet.core.outbox import defer

from ..models import User


def invitation_link(user):
    """The one-time link with which an invited person chooses their password.

    It reuses allauth's password-reset token, so it stops working once used."""
    with translation.override(user.preferred_language):
        path = reverse(
            "account_reset_password_from_key",
            kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
        )
    return settings.SITE_URL.rstrip("/") + path


def invite_user(email, *, by, full_name="", language="en", context_line=""):
    """Create (or reuse) the account for ``email`` and e-mail an invitation to choose a
    password. The address counts as verified: the account can only be used through the
    link sent to it.

    Side effects: creates the user and its verified e-mail address, writes an audit
    entry ``accounts.user.invited``, one e-mail sent by a worker (a deferred task).
    """
    email = User.objects.normalize_email(email).lower()
    with transaction.atomic():
        user, created = User.objects.get_or_create(
            email=email, defaults={"full_name": full_name, "preferred_language": language}
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        log_action("accounts.user.invited", actor=by, target=user, data={"created": created})
        defer("wetheinternet.accounts.tasks.send_invitation", user.pk, str(context_line))
    return user


def send_invitation_email(user, *, context_line=""):
    send_templated_mail(user.email, "accounts/email/invitation",
                        {"user": user, "link": invitation_link(user), "context_line": context_line},
                        user.preferred_language, purpose="accounts.invitation", recipient_key=f"user:{user.pk}")

"""Stopping optional messages with one click (docs/messages.md, "Essential and optional").

Reminders and the thank-you (with the results link and the ex-post evaluation code) are
optional: each carries a link that stops them for the person's dialogue, and e-mails
carry the ``List-Unsubscribe`` headers of RFC 8058 as well. Messages the person needs
to take part (confirmation, selection, reserve notice, change of time or place, the
data-rights link) are essential and carry no such link.

The link's token is the registrant's id signed with the site's secret key
(``django.core.signing``, its own salt): it cannot be guessed or altered, carries no
personal data and does not expire (an old e-mail's link must still work)."""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..models import Registrant
from .exceptions import RightsLinkError

SALT = "registrations.unsubscribe"
OPTIONAL_PURPOSES = frozenset({"registrations.reminder", "registrations.thanks"})


def _signer():
    return signing.Signer(salt=SALT, sep=".")


def is_optional(purpose):
    return purpose in OPTIONAL_PURPOSES


def unsubscribe_token(registrant):
    return _signer().sign(signing.b62_encode(registrant.pk))


def unsubscribe_url(registrant, *, one_click=False):
    """The absolute address of the person's unsubscribe page (in the active language),
    or of its one-click endpoint (the ``List-Unsubscribe`` header)."""
    name = "registrations:unsubscribe_one_click" if one_click else "registrations:unsubscribe"
    return f"{settings.SITE_URL}{reverse(name, kwargs={'token': unsubscribe_token(registrant)})}"


def unsubscribe_headers(registrant):
    """The RFC 8058 headers of an optional e-mail (called in the person's language)."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(registrant, one_click=True)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def registrant_from_unsubscribe_token(token):
    """The registrant an unsubscribe link belongs to. Raises ``RightsLinkError`` (a
    translated message) if the token was altered or the person's data was erased."""
    try:
        pk = signing.b62_decode(_signer().unsign(token))
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise RightsLinkError(_("This link is not valid. Check that you copied all of it.")) from error
    registrant = Registrant.objects.filter(pk=pk, erased_at__isnull=True).select_related("dialogue").first()
    if registrant is None:
        raise RightsLinkError(_("There is no data held under this link any more."))
    return registrant


def stop_optional_messages(registrant, *, one_click=False):
    """Record that ``registrant`` wants no more optional messages for their dialogue.
    Returns False if that was already recorded (nothing changes then).

    Side effects: ``Registrant.optional_messages_stopped_at``; audit entry
    ``registrations.optional_messages.stopped`` (how: link or one-click, no personal
    data). Optional messages still queued are dropped by the message path before
    sending."""
    with transaction.atomic():
        updated = Registrant.objects.filter(pk=registrant.pk, optional_messages_stopped_at__isnull=True).update(
            optional_messages_stopped_at=timezone.now()
        )
        registrant.refresh_from_db(fields=["optional_messages_stopped_at"])
        if updated:
            log_action(
                "registrations.optional_messages.stopped",
                target=registrant,
                data={"via": "one_click" if one_click else "link"},
            )
    return bool(updated)

"""A person who lost their data-rights link asks for a new one with their e-mail
address or reference code; it goes only to the e-mail address held for them."""

from django.db import transaction

from wetheinternet.core.audit import log_action
from wetheinternet.core.outbox import defer

from ..models import Registrant, normalise_reference_code


def registrations_held_under(identifier):
    """Registrations, not erased and with an e-mail address, held under ``identifier``:
    an e-mail address (any case) or a reference code (as ``normalise_reference_code`` reads it)."""
    identifier = identifier.strip()
    held = Registrant.objects.filter(erased_at__isnull=True).exclude(email="")
    if "@" in identifier:
        return held.filter(email__iexact=identifier)
    return held.filter(reference_code=normalise_reference_code(identifier))


def send_new_rights_links(identifier):
    """E-mails a fresh link (30 days) for every registration held under ``identifier``,
    to the address held for it, in the person's language. Returns how many were sent;
    callers must not tell the visitor (it would reveal who is registered).

    Side effects: a deferred task per link (``wetheinternet.core.outbox``), handed to
    the broker after commit and again by the sweep if the broker is away. The worker
    sends the e-mail and writes the audit entry (the registrant's id, nothing personal),
    so asking takes about as long whether or not anything matched."""
    with transaction.atomic():
        registrant_ids = list(registrations_held_under(identifier).values_list("pk", flat=True))
        for registrant_id in registrant_ids:
            defer("registrations.tasks.send_rights_link", registrant_id)
    return len(registrant_ids)


def send_rights_link_to(registrant_id):
    """The worker's part: e-mail the link to the registrant (if still held, with an
    address), then write the audit entry ``registrations.rights_link.sent``."""
    from .notifications import send_rights_link

    registrant = Registrant.objects.filter(pk=registrant_id, erased_at__isnull=True).exclude(email="").first()
    if registrant is not None:
        send_rights_link(registrant)
        log_action("registrations.rights_link.sent", target=registrant)

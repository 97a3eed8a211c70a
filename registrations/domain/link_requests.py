"""A person who lost their data-rights link asks for a new one with their e-mail
address or reference code; it goes only to the e-mail address held for them."""

from django.db import transaction

from wetheinternet.core.audit import log_action

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

    Side effects: a task per link queued after commit (the e-mail is sent by a worker,
    so the request takes as long whether or not anything matched); an audit entry per
    link (the registrant's id, nothing personal)."""
    from ..tasks import send_rights_link

    registrants = list(registrations_held_under(identifier))
    with transaction.atomic():
        for registrant in registrants:
            log_action("registrations.rights_link.sent", target=registrant)
            transaction.on_commit(lambda pk=registrant.pk: send_rights_link.delay(pk))
    return len(registrants)

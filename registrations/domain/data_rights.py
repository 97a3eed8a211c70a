"""What a person can do with their data: see and download it, correct it, erase it.
Every self-service action is recorded as a fulfilled data-rights request."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from dialogues.domain.redaction.scrub import Person, scrub_person
from wetheinternet.core.audit import log_action
from wetheinternet.core.messaging.delivery import forget_recipient

from ..enums import ConsentPurpose, DataRightsKind, RegistrantStatus
from ..models import ConsentRecord, DataRightsRequest, TableSeat
from ..models.registrants import new_reference_code
from .exceptions import DuplicateRegistration
from .registration import duplicate_message, find_duplicate, normalise_phone

CORRECTABLE_FIELDS = ("first_name", "last_name", "email", "phone", "preferred_language")


def record_self_service(registrant, kind, *, detail="", fulfilment="", reference_code=None):
    now = timezone.now()
    return DataRightsRequest.objects.create(
        dialogue=registrant.dialogue,
        registrant=registrant,
        reference_code=registrant.reference_code if reference_code is None else reference_code,
        kind=kind,
        detail=detail,
        received_at=now,
        fulfilled_at=now,
        fulfilment=fulfilment or _("Done at once by the person through their link."),
    )


def correct_registrant(registrant, changes, *, by=None):
    """Apply corrections to contact and name fields.

    Side effects: updates the registrant; a fulfilled DataRightsRequest; audit entry
    ``registrations.registrant.corrected`` naming the fields, not their values.
    Raises ``DuplicateRegistration`` if the new e-mail or phone is someone else's."""
    changes = {key: value.strip() for key, value in changes.items() if key in CORRECTABLE_FIELDS}
    if "phone" in changes:
        changes["phone"] = normalise_phone(changes["phone"])
    if "email" in changes:
        changes["email"] = changes["email"].lower()
    changed = sorted(key for key, value in changes.items() if getattr(registrant, key) != value)
    duplicate = find_duplicate(
        registrant.dialogue,
        email=changes.get("email", "") if "email" in changed else "",
        phone=changes.get("phone", "") if "phone" in changed else "",
        exclude=registrant,
    )
    if duplicate:
        raise DuplicateRegistration(duplicate_message(duplicate), field=duplicate)
    with transaction.atomic():
        for key in changed:
            setattr(registrant, key, changes[key])
        registrant.save()
        record_self_service(registrant, DataRightsKind.CORRECTION, detail=", ".join(changed))
        log_action("registrations.registrant.corrected", actor=by, target=registrant, data={"fields": changed})
    return changed


def erase_registrant(registrant, *, by=None, reason="request", scrub=True):
    """Remove the person's personal data, keeping the anonymous demographic answers.

    Side effects: first re-redacts every open answer of the dialogue that mentions the
    person (their names in any spelling, e-mail, phone: ``scrub_person``), while the
    names are still known; then blanks names and contact details, gives a new
    reference code (the old link and slip stop working), removes the seat, closes every
    consent except anonymised statistics (so the anonymous counts stay lawful), marks
    the registrant erased (on the day, not the minute, so no request time points back
    to the row); the person's data-rights requests lose their reference code and their
    link to the row (nothing left re-links a slip); a fulfilled erasure request without
    a code (for a person's own request); the message log forgets their address and drops
    what is still queued to them; audit entry ``registrations.registrant.erased``.
    ``scrub=False`` is for the retention purge, which has redacted every text already."""
    with transaction.atomic():
        now = timezone.now()
        if scrub:
            _scrub_open_answers(registrant)
        if reason == "request":
            record_self_service(registrant, DataRightsKind.ERASURE, reference_code="")
        ConsentRecord.objects.filter(registrant=registrant, withdrawn_at__isnull=True).exclude(
            purpose=ConsentPurpose.STATISTICS
        ).update(withdrawn_at=now)
        TableSeat.objects.filter(registrant=registrant).delete()
        registrant.first_name = registrant.last_name = registrant.email = registrant.phone = ""
        registrant.reference_code = new_reference_code()
        registrant.status = RegistrantStatus.ERASED
        registrant.erased_at = now.replace(hour=0, minute=0, second=0, microsecond=0)
        registrant.registered_by = None
        registrant.former_table, registrant.former_seat_number = None, None
        registrant.optional_messages_stopped_at = None
        registrant.save()
        registrant.rights_requests.update(registrant=None, reference_code="", detail="")
        forget_recipient(f"registrant:{registrant.pk}")
        log_action("registrations.registrant.erased", actor=by, target=registrant, data={"reason": reason})
    return registrant


def _scrub_open_answers(registrant):
    person = Person(
        names=tuple(name for name in (registrant.first_name, registrant.last_name) if name.strip()),
        email=registrant.email,
        phone=registrant.phone,
    )
    return scrub_person(registrant.dialogue, person)

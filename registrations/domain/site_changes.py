"""Telling participants of a change of time or place (docs/messages.md).

Dialogues records the change (``dialogues.domain.site_changes``); this module is the
listener registrations installs: who is told, and the message. The people told are the
site's selected people and its reserve who were sent their selection or reserve notice
(a notice not dropped), may still be written to (not withdrawn or erased, the
participation consent held: checked again by the message path) and can be reached (an
e-mail address or a readable phone number). Selected people get the new calendar entry:
the same UID as the one sent with their selection, with the site's sequence, so their
calendar replaces it."""

from django.db.models import Exists, OuterRef

from wetheinternet.core.messaging.phones import to_e164
from wetheinternet.core.messaging.queue import batch_id, start_batch_sending
from wetheinternet.core.models import Message, MessageState

from ..enums import ConsentPurpose, RegistrantStatus
from ..models import ConsentRecord, Registrant
from .notifications import day_calendar, day_details, message_registrant

NOTICES = ("registrations.selected", "registrations.reserve")


def people_told_of(site):
    """The site's people who were told its time and place and may be told again."""
    told = {
        key.partition(":")[2]
        for key in Message.objects.filter(
            dialogue_id=site.partner.dialogue_id, purpose__in=NOTICES, recipient_key__startswith="registrant:"
        )
        .exclude(state=MessageState.DROPPED)
        .values_list("recipient_key", flat=True)
    }
    consenting = ConsentRecord.objects.filter(
        registrant=OuterRef("pk"), purpose=ConsentPurpose.PARTICIPATION, withdrawn_at__isnull=True
    )
    people = (
        Registrant.objects.filter(
            site=site, status__in=[RegistrantStatus.SELECTED, RegistrantStatus.RESERVE], erased_at__isnull=True
        )
        .filter(Exists(consenting))
        .select_related("dialogue", "site")
        .order_by("pk")
    )
    return [
        person
        for person in people
        if str(person.pk) in told and (person.email or to_e164(person.phone, str(person.country or "")))
    ]


def count_people_to_tell(site):
    return len(people_told_of(site))


def tell_of_site_change(site, *, sequence):
    """Queue the "change of time or place" message to each person told before: the new
    details and, for selected people, the calendar entry with ``sequence``. Once per
    change: the batch is the site and the sequence. Returns how many were queued."""
    batch = batch_id("site-change", site.pk, sequence)
    queued = 0
    for person in people_told_of(site):
        person.site = site
        reserve = person.status == RegistrantStatus.RESERVE
        attachments = [] if reserve else [day_calendar(person)]
        message = message_registrant(
            person,
            "changed",
            extra=lambda reserve=reserve: {**day_details(site), "reserve": reserve},
            attachments=attachments,
            batch=batch,
        )
        queued += message is not None
    if queued:
        start_batch_sending()
    return queued

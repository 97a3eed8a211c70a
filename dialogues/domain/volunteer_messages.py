"""Partners write to their volunteers: facilitators, note takers, conduct contacts."""

from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext as _

from wetheinternet.accounts.models import User
from wetheinternet.core.audit import log_action
from wetheinternet.core.messaging.queue import send_message, start_batch_sending
from wetheinternet.core.models import Message

from ..enums import VolunteerAudience
from ..models import PartnerMessage, Table
from .errors import DialoguesError


def volunteers_of(partner, audience):
    """The active accounts of ``audience`` at the partner's sites, each once."""
    tables = Table.objects.filter(site__partner=partner)
    if audience == VolunteerAudience.CONDUCT_CONTACTS:
        people = User.objects.filter(conduct_contact_sites__partner=partner)
    elif audience == VolunteerAudience.NOTE_TAKERS:
        people = User.objects.filter(pk__in=tables.values("note_taker"))
    elif audience == VolunteerAudience.FACILITATORS:
        people = User.objects.filter(pk__in=tables.values("facilitator"))
    else:
        people = User.objects.filter(pk__in=tables.values("note_taker")) | User.objects.filter(
            pk__in=tables.values("facilitator"))
    return people.filter(is_active=True).distinct().order_by("pk")


def message_volunteers(partner, *, by, audience, subject, text):
    """Write ``subject`` and ``text`` to the partner's ``audience``, each person in an
    e-mail in their language (the partner's text as written). Raises ``DialoguesError``
    when nobody is in the group.

    Side effects: a PartnerMessage; one ``core.Message`` per person in its batch (sent
    by the rate-limited sweep, resumable); audit entry
    ``dialogues.partner.volunteers_messaged`` (audience and count only)."""
    with transaction.atomic():
        people = list(volunteers_of(partner, audience))
        if not people:
            raise DialoguesError(_("Nobody is in this group yet: name them on your tables and sites first."),
                                 field="audience")
        record = PartnerMessage.objects.create(partner=partner, audience=audience, subject=subject, text=text,
                                               sent_by=by, recipients=len(people))
        for person in people:
            send_message(
                template="dialogues/email/volunteer_message", language=person.preferred_language,
                context={"subject": subject, "text": text, "partner": partner, "person": person},
                purpose=f"dialogues.volunteer_message.{audience}", email=person.email,
                recipient_key=f"user:{person.pk}", dialogue_id=partner.dialogue_id, batch=record.batch,
            )
        start_batch_sending()
        log_action("dialogues.partner.volunteers_messaged", actor=by, target=partner,
                   data={"audience": audience, "recipients": len(people)})
    return record


def sent_volunteer_messages(partner, *, limit=50):
    """The partner's latest messages to volunteers, each with how many of its e-mails
    are delivered, waiting (queued, retried) and not delivered (failed or dropped): one
    query for the counts."""
    records = list(PartnerMessage.objects.filter(partner=partner).select_related("sent_by")[:limit])
    counts = {}
    for row in Message.objects.filter(batch__in=[record.batch for record in records]).values("batch", "state").annotate(
        count=Count("pk")
    ):
        column = {"sent": "delivered", "queued": "waiting"}.get(row["state"], "not_delivered")
        tally = counts.setdefault(row["batch"], {"delivered": 0, "waiting": 0, "not_delivered": 0})
        tally[column] += row["count"]
    empty = {"delivered": 0, "waiting": 0, "not_delivered": 0}
    return [(record, counts.get(record.batch, empty)) for record in records]

"""Organiser staff write to partners: the coordinators of a dialogue's partners chosen
by region, onboarding state and country (docs/messages.md)."""

from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext as _

from wetheinternet.accounts.models import User
from wetheinternet.core.audit import log_action
from wetheinternet.core.messaging.queue import send_message, start_batch_sending
from wetheinternet.core.models import Message

from ..enums import PartnerRole
from ..models import Partner, StaffMessage
from ..regions import countries_in
from .errors import DialoguesError


def partners_matching(dialogue, *, region="", state="", country=""):
    """The dialogue's partners in ``state`` covering ``country`` and a country of
    ``region`` (each filter ignored when empty)."""
    partners = Partner.objects.filter(dialogue=dialogue).order_by("name")
    if state:
        partners = partners.filter(state=state)
    partners = list(partners)
    if country:
        partners = [partner for partner in partners if country in partner.country_codes]
    if region:
        wanted = set(countries_in(region))
        partners = [partner for partner in partners if partner.country_codes & wanted]
    return partners


def coordinators_of(partners):
    """The active coordinators of ``partners``, each once (a coordinator of two partners
    gets one message)."""
    return list(
        User.objects.filter(
            is_active=True,
            partner_memberships__role=PartnerRole.COORDINATOR,
            partner_memberships__partner__in=[partner.pk for partner in partners],
        )
        .distinct()
        .order_by("pk")
    )


def recipients_of(dialogue, *, region="", state="", country=""):
    """``(partners, coordinators)`` a message with these filters would go to."""
    partners = partners_matching(dialogue, region=region, state=state, country=country)
    return partners, coordinators_of(partners)


def message_partners(dialogue, *, by, subject, text, region="", state="", country=""):
    """Write ``subject`` and ``text`` to the coordinators of the matching partners, each
    person once, in an e-mail with the footer in their language. Raises
    ``DialoguesError`` when nobody matches.

    Side effects: a StaffMessage; one ``core.Message`` per person in its batch (sent by
    the rate-limited sweep, resumable, never twice); audit entry
    ``dialogues.partners.messaged`` (the filters and the counts)."""
    with transaction.atomic():
        partners, people = recipients_of(dialogue, region=region, state=state, country=country)
        if not people:
            raise DialoguesError(_("No partner coordinator matches these filters."))
        record = StaffMessage.objects.create(
            dialogue=dialogue,
            region=region,
            state=state,
            country=country,
            subject=subject,
            text=text,
            sent_by=by,
            partners=len(partners),
            recipients=len(people),
        )
        for person in people:
            send_message(
                template="dialogues/email/staff_message",
                language=person.preferred_language,
                context={"subject": subject, "text": text, "dialogue": dialogue, "person": person},
                purpose="dialogues.staff_message",
                email=person.email,
                recipient_key=f"user:{person.pk}",
                dialogue_id=dialogue.pk,
                batch=record.batch,
            )
        start_batch_sending()
        log_action(
            "dialogues.partners.messaged",
            actor=by,
            target=dialogue,
            data={
                "region": region,
                "state": state,
                "country": country,
                "partners": len(partners),
                "recipients": len(people),
            },
        )
    return record


def sent_partner_messages(dialogue, *, limit=50):
    """Staff's latest messages to the dialogue's partners, each with how many e-mails are
    delivered, waiting and not delivered: one query for the counts."""
    records = list(StaffMessage.objects.filter(dialogue=dialogue).select_related("sent_by")[:limit])
    counts = {}
    for row in (
        Message.objects.filter(batch__in=[record.batch for record in records])
        .values("batch", "state")
        .annotate(count=Count("pk"))
    ):
        column = {"sent": "delivered", "queued": "waiting"}.get(row["state"], "not_delivered")
        tally = counts.setdefault(row["batch"], {"delivered": 0, "waiting": 0, "not_delivered": 0})
        tally[column] += row["count"]
    empty = {"delivered": 0, "waiting": 0, "not_delivered": 0}
    return [(record, counts.get(record.batch, empty)) for record in records]

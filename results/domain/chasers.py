"""Chasers for missing table results: an hour after a topic session ended, the note
taker of every table of the site without a result for it is written to; an hour later,
the partner's coordinators get the list of the tables still missing. Each once (a batch
per session and table, or per session, ``messaging.queue.batch_id``)."""

import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from dialogues.enums import AgendaItemKind, PartnerRole
from dialogues.models import ScheduledItem
from wetheinternet.core.messaging.queue import batch_id, send_message, start_batch_sending

from ..models import ResultSubmission

NOTE_TAKER_AFTER = dt.timedelta(hours=1)
PARTNER_AFTER = dt.timedelta(hours=2)
LOOK_BACK = dt.timedelta(hours=12)  # sessions that ended longer ago are not chased any more


def _link(name):
    """The absolute address of page ``name`` in the active language (call it in the recipient's)."""
    return settings.SITE_URL.rstrip("/") + reverse(name)


def chase_missing_results(now=None):
    """Queue the chasers that are due (beat, every 10 minutes). Returns how many
    messages were queued. Side effects: messages in their batches, the sweep started."""
    now = now or timezone.now()
    sessions = ScheduledItem.objects.filter(
        kind=AgendaItemKind.TOPIC_SESSION, topic__isnull=False, ends_at__lte=now - NOTE_TAKER_AFTER,
        ends_at__gt=now - LOOK_BACK,
    ).select_related("site__partner", "topic")
    queued = 0
    for session in sessions:
        done = set(ResultSubmission.objects.filter(table__site=session.site, topic=session.topic).values_list(
            "table_id", flat=True))
        missing = [table for table in session.site.tables.select_related("note_taker").order_by("number")
                   if table.pk not in done]
        for table in missing:
            queued += _chase_note_taker(session, table)
        if missing and session.ends_at <= now - PARTNER_AFTER:
            queued += _chase_partner(session, missing)
    if queued:
        start_batch_sending()
    return queued


def _chase_note_taker(session, table):
    person = table.note_taker
    if person is None or not person.is_active:
        return 0
    def context():
        return {"session": session, "table": table, "link": _link("results:note_taker_home")}

    return send_message(
        template="results/email/result_missing", context=context, language=person.preferred_language,
        purpose="results.chaser.note_taker", email=person.email, recipient_key=f"user:{person.pk}",
        dialogue_id=session.topic.dialogue_id, batch=batch_id("chaser", session.pk, table.pk),
    ) is not None


def _chase_partner(session, missing):
    partner = session.site.partner
    coordinators = [m.user for m in partner.memberships.filter(role=PartnerRole.COORDINATOR, user__is_active=True)
                    .select_related("user")]
    numbers = ", ".join(str(table.number) for table in missing)
    def context():
        return {"session": session, "numbers": numbers, "count": len(missing), "link": _link("results:partner_results")}

    return sum(
        send_message(
            template="results/email/results_missing_partner", context=context, language=person.preferred_language,
            purpose="results.chaser.partner", email=person.email, recipient_key=f"user:{person.pk}",
            dialogue_id=session.topic.dialogue_id, batch=batch_id("chaser", session.pk, "partner"),
        ) is not None
        for person in coordinators
    )

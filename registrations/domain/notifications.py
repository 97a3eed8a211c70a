"""Messages to registrants (docs/messages.md): only to the person themselves, in their
language, by e-mail or, without one, by SMS; each through the message path
(``wetheinternet.core.messaging``), with the link to their data-rights page.

Who may be written to is checked when a message is queued and again before it is sent
(``message_drop_reason``): an erased person gets nothing; a withdrawn person only the
link to their data; the day's messages need the participation consent, the thank-you
the consent to be contacted. A refused message is recorded as dropped."""

import datetime as dt

from django.db import transaction
from django.db.models import Min
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.formats import date_format, time_format

from dialogues.domain.days import DEFAULT_START
from dialogues.models import Site
from wetheinternet.core.audit import log_action
from wetheinternet.core.calendars import event_ics
from wetheinternet.core.messaging.phones import to_e164
from wetheinternet.core.messaging.queue import batch_id, send_message, start_batch_sending

from ..enums import Attendance, ConsentPurpose, PanelRole, RegistrantStatus
from ..models import Registrant
from .evaluation_codes import Moment, hand_out_evaluation_codes
from .rights import rights_url
from .unsubscribe import is_optional, unsubscribe_headers, unsubscribe_url

RIGHTS_LINK = "registrations.new_link"
THANKS = "registrations.thanks"
DEFAULT_DAY_HOURS = 4  # the length of the day when a site has no agenda yet


def message_drop_reason(registrant_id, purpose):
    """Why registrant ``registrant_id`` may not get a message for ``purpose`` ("" if they may)."""
    registrant = Registrant.objects.filter(pk=registrant_id).first()
    if registrant is None or registrant.erased_at is not None:
        return "erased"
    if purpose == RIGHTS_LINK:
        return ""
    if registrant.status == RegistrantStatus.WITHDRAWN:
        return "withdrawn"
    needed = ConsentPurpose.CONTACT if purpose == THANKS else ConsentPurpose.PARTICIPATION
    if not registrant.consents.filter(purpose=needed, withdrawn_at__isnull=True).exists():
        return "no_consent"
    if is_optional(purpose) and registrant.optional_messages_stopped_at is not None:
        return "unsubscribed"
    return ""


def message_registrant(registrant, kind, *, extra=None, attachments=(), batch=None):
    """Queue the message ``registrations/email/<kind>`` to the registrant. Returns the
    Message, or None (no address or number, or already in ``batch``). An optional
    message (``unsubscribe.OPTIONAL_PURPOSES``) gets the unsubscribe link and, by
    e-mail, the ``List-Unsubscribe`` headers."""
    optional = is_optional(f"registrations.{kind}")

    def context():
        links = {"unsubscribe_url": unsubscribe_url(registrant)} if optional else {}
        return {"registrant": registrant, "rights_url": rights_url(registrant), **links,
                **(extra() if callable(extra) else extra or {})}

    return send_message(
        template=f"registrations/email/{kind}", context=context, language=registrant.preferred_language,
        purpose=f"registrations.{kind}", email=registrant.email, phone=registrant.phone,
        phone_region=str(registrant.country or ""), recipient_key=f"registrant:{registrant.pk}",
        dialogue_id=registrant.dialogue_id, attachments=attachments, batch=batch,
        headers=(lambda: unsubscribe_headers(registrant)) if optional else None,
    )


def send_registration_confirmation(registrant):
    """The confirmation, with the one-time code of the ex-ante evaluation when the
    dialogue has one (handed out only if the message may be sent: the context is not
    built for a dropped message)."""
    return message_registrant(registrant, "confirmation", extra=lambda: {
        "evaluation_codes": hand_out_evaluation_codes(registrant, Moment.BEFORE)})


def send_rights_link(registrant):
    return message_registrant(registrant, "new_link")


def site_day(site):
    """(start, end) of the day at ``site``, aware, from its agenda or its start time."""
    items = list(site.agenda.order_by("starts_at").values_list("starts_at", "ends_at"))
    if items:
        return items[0][0], max(end for _start, end in items)
    first = site.first_day
    day, start = (first.date, first.start_time) if first else (site.day, DEFAULT_START)
    starts = dt.datetime.combine(day, start, tzinfo=site.tzinfo)
    return starts, starts + dt.timedelta(hours=DEFAULT_DAY_HOURS)


def meeting_link(site):
    """The meeting link of the site's first day (empty when it meets in person)."""
    first = site.first_day
    return first.meeting_link if first else ""


def site_location(site):
    parts = [site.name, site.street_address.replace("\n", ", "), site.city, str(site.country.name)]
    return ", ".join(part for part in parts if part)


def day_details(site):
    """What a participant needs to come (called in their language): place, date and
    local time, accessibility, the meeting link of an online site."""
    starts, ends = site_day(site)
    local = starts.astimezone(site.tzinfo)
    return {
        "site": site, "location": site_location(site), "date": date_format(local, "DATE_FORMAT"),
        "time": time_format(local, "TIME_FORMAT"), "time_zone": site.time_zone,
        "accessibility": site.accessibility_notes, "meeting_link": meeting_link(site),
    }


def day_calendar(registrant):
    """The ``.ics`` entry for the registrant's day, as an attachment tuple: always the
    same UID for the site, its SEQUENCE the site's count of changes of time or place."""
    site = registrant.site
    starts, ends = site_day(site)
    with translation.override(registrant.preferred_language):
        content = event_ics(
            uid=f"{registrant.dialogue.slug}-site-{site.pk}@wetheinternet", summary=registrant.dialogue.name,
            starts_at=starts, ends_at=ends, location=site_location(site),
            description=site.accessibility_notes, url=meeting_link(site), time_zone=site.time_zone,
            sequence=site.arrangement_sequence,
        )
    return ("deliberation-day.ics", content, "text/calendar")


def send_selection_notice(registrant, *, batch=None):
    """The selection message: place, date, local time, what to bring, accessibility,
    the ``.ics`` entry (by e-mail)."""
    if registrant.site is None:
        return message_registrant(registrant, "selected", batch=batch)
    return message_registrant(registrant, "selected", extra=lambda: day_details(registrant.site),
                              attachments=[day_calendar(registrant)], batch=batch)


def send_reserve_notice(registrant, *, batch=None):
    return message_registrant(registrant, "reserve", batch=batch)


def notify_panel(run, *, by):
    """Tell a panel run's selected people they are selected and its reserve that they
    are on the list. Returns (messages queued, people with neither e-mail nor phone, to
    call). Asking again writes to nobody twice (one batch per run).

    Side effects: one Message per person (sent by the rate-limited sweep), audit entry
    ``registrations.panel.notified`` (counts only)."""
    with transaction.atomic():
        return _notify_panel(run, by=by)


def _notify_panel(run, *, by):
    members = run.members.select_related("registrant__site__partner__dialogue", "registrant__dialogue").filter(
        registrant__status__in=[RegistrantStatus.SELECTED, RegistrantStatus.RESERVE]
    )
    batch, queued, to_call = batch_id("panel", run.pk), 0, []
    for member in members:
        registrant = member.registrant
        if member.role == PanelRole.SELECTED and registrant.status == RegistrantStatus.SELECTED:
            message = send_selection_notice(registrant, batch=batch)
        elif member.role == PanelRole.RESERVE and registrant.status == RegistrantStatus.RESERVE:
            message = send_reserve_notice(registrant, batch=batch)
        else:
            continue
        if message is not None:
            queued += 1
        elif not registrant.email and not to_e164(registrant.phone, str(registrant.country or "")):
            to_call.append(registrant)
    start_batch_sending()
    log_action("registrations.panel.notified", actor=by, target=run, data={"queued": queued, "to_call": len(to_call)})
    return queued, to_call


def send_due_reminders(now=None):
    """Remind selected participants ``dialogue.reminder_days`` before their site's day
    (beat, hourly). Each reminder goes once: its batch is the site, the number of days
    and the start time (a change of date sends the reminders again). A reminder whose
    window has passed (the day is nearer than the next reminder) is not sent late.
    Returns how many messages were queued."""
    now = now or timezone.now()
    horizon = max((max(days or [0]) for days in Site.objects.values_list("partner__dialogue__reminder_days",
                                                                          flat=True).distinct()), default=0)
    sites = Site.objects.annotate(on=Coalesce(Min("days__date"), "partner__dialogue__deliberation_date")).filter(
        on__gte=now.date() - dt.timedelta(days=1), on__lte=now.date() + dt.timedelta(days=horizon + 1)
    ).select_related("partner__dialogue")
    queued = 0
    for site in sites:
        starts, _ends = site_day(site)
        days = sorted({int(d) for d in site.partner.dialogue.reminder_days or [] if int(d) > 0}, reverse=True)
        for index, days_before in enumerate(days):
            window_ends = starts - dt.timedelta(days=days[index + 1]) if index + 1 < len(days) else starts
            if starts - dt.timedelta(days=days_before) <= now < window_ends:
                queued += _remind(site, days_before, starts)
    if queued:
        start_batch_sending()
    return queued


def _remind(site, days_before, starts):
    batch = batch_id("reminder", site.pk, days_before, starts.isoformat())
    queued = 0
    for registrant in Registrant.objects.filter(site=site, status=RegistrantStatus.SELECTED).select_related("dialogue"):
        queued += message_registrant(registrant, "reminder", extra=lambda: day_details(site), batch=batch) is not None
    return queued


def _thanks_context(person, results_url):
    """The thank-you's context: the results and the ex-post evaluation's one-time code."""
    return lambda: {"results_url": results_url,
                    "evaluation_codes": hand_out_evaluation_codes(person, Moment.AFTER)}


def thank_participants(dialogue, *, results_url):
    """Thank the people who took part (selected, not marked absent) and give them the
    link to the released results; once per dialogue. Returns how many were queued."""
    batch = batch_id("thanks", dialogue.pk)
    people = Registrant.objects.filter(dialogue=dialogue, status=RegistrantStatus.SELECTED).exclude(
        attendance=Attendance.NO_SHOW
    ).select_related("dialogue")
    queued = sum(message_registrant(person, "thanks", extra=_thanks_context(person, results_url), batch=batch)
                 is not None for person in people)
    if queued:
        start_batch_sending()
    return queued


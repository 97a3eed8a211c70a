"""Scheduling the dialogue's agenda at a site: local days and times in, UTC stored.

Each item is placed on one of the site's days (``SiteDay``): the day of its local start
date in the site's time zone; it starts and ends within that day.

Durations are real elapsed time: an item that spans a daylight-saving change still lasts
its duration, and its local end time shows the clock change."""

import datetime as dt

from django.db import transaction
from django.utils import formats
from django.utils.translation import gettext as _
from modeltranslation.utils import get_translation_fields

from wetheinternet.core.audit import log_action

from ..models import AgendaTemplateItem, ScheduledItem
from .errors import AgendaError
from .site_changes import arrangement_watch

UTC = dt.UTC
# Every interface language's title (modeltranslation columns), a language added later too.
TITLE_FIELDS = tuple(get_translation_fields("title"))


def local_to_utc(day, time, zone):
    """``day`` at local ``time`` in ``zone`` as a UTC datetime. Refuses a local time that
    does not exist because the clocks jump forward that night; an ambiguous time (clocks
    going back) is read as its first occurrence."""
    naive = dt.datetime.combine(day, time)
    aware = naive.replace(tzinfo=zone)
    if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        raise AgendaError(
            _("%(time)s does not exist on %(day)s in %(zone)s: the clocks change that night.")
            % {"time": time.strftime("%H:%M"), "day": day.isoformat(), "zone": zone.key}
        )
    return aware.astimezone(UTC)


def _day_for(days, day_number):
    """The site's ``day_number``-th day (1-based), its last day if it has fewer."""
    return days[min(day_number, len(days)) - 1]


def apply_agenda_template(site, *, by):
    """Replace the site's agenda by the dialogue's template: each item on the site's day
    of its day number (its last day if it has fewer), each day's items one after the
    other from that day's local start time. Side effects: deletes and creates
    ScheduledItem rows, audit entry ``dialogues.site.agenda_applied``. Returns the new
    items. Raises AgendaError when the site has no day."""
    template = list(AgendaTemplateItem.objects.filter(dialogue_id=site.partner.dialogue_id).order_by("day_number", "position"))
    days = list(site.days.order_by("date"))
    if not days and template:
        raise AgendaError(_("This site has no day yet: add a day before scheduling the agenda."))
    clocks = {}
    items = []
    for position, item in enumerate(template, start=1):
        day = _day_for(days, item.day_number)
        starts_at = clocks.get(day.pk) or local_to_utc(day.date, day.start_time, site.tzinfo)
        ends_at = starts_at + dt.timedelta(minutes=item.duration_minutes)
        items.append(ScheduledItem(
            site=site, template_item=item, position=position, kind=item.kind, topic_id=item.topic_id,
            starts_at=starts_at, ends_at=ends_at, title=item.title,
            **{field: getattr(item, field) for field in TITLE_FIELDS},
        ))
        clocks[day.pk] = ends_at
    with transaction.atomic(), arrangement_watch(site, by=by):
        site.agenda.all().delete()
        ScheduledItem.objects.bulk_create(items)
        log_action("dialogues.site.agenda_applied", actor=by, target=site, data={"items": len(items)})
    return items


def check_agenda_times(items):
    """Refuse items that end before they start or overlap the next one. ``items`` are
    (title, starts_at, ends_at) tuples."""
    for title, starts_at, ends_at in items:
        if ends_at <= starts_at:
            raise AgendaError(_("“%(title)s” ends before it starts.") % {"title": title})
    ordered = sorted(items, key=lambda item: item[1])
    for (title, _starts, ends_at), (next_title, next_starts, _ends) in zip(ordered, ordered[1:], strict=False):
        if ends_at > next_starts:
            raise AgendaError(
                _("“%(title)s” overlaps “%(next)s”: it ends after the next item starts.")
                % {"title": title, "next": next_title}
            )


def check_items_keep_their_day(site, moves):
    """Refuse a move that takes an item off its day: its new start must be on the same
    local date, and it must end that day (at midnight at the latest). ``moves`` are
    (item, new starts_at, new ends_at)."""
    zone = site.tzinfo
    for item, starts_at, ends_at in moves:
        day = item.starts_at.astimezone(zone).date()
        local_start, local_end = starts_at.astimezone(zone), ends_at.astimezone(zone)
        ends_that_day = local_end.date() == day or (local_end.date() == day + dt.timedelta(days=1) and local_end.time() == dt.time(0))
        if local_start.date() != day or not ends_that_day:
            raise AgendaError(
                _("“%(title)s” would leave its day (%(day)s): move the agenda by less, or move the session to "
                  "another day with “Adjust the times”.")
                % {"title": item.title, "day": formats.date_format(day, "DATE_FORMAT")}
            )


def adjust_site_agenda(site, *, by, local_times):
    """Set new local days and times for the site's items. ``local_times`` maps an item
    id to (day, start time, end time): the day one of the site's days, the times local
    on that day. Side effects: updates the items, audit entry ``dialogues.site.agenda_adjusted``."""
    items = list(site.agenda.all())
    zone = site.tzinfo
    dates = set(site.days.values_list("date", flat=True))
    planned = []
    for item in items:
        day, start, end = local_times.get(item.pk, (None, None, None))
        if day is None or start is None or end is None:
            raise AgendaError(_("Give a day, a start and an end time for “%(title)s”.") % {"title": item.title})
        if day not in dates:
            raise AgendaError(_("“%(title)s” must be on one of this site's days.") % {"title": item.title})
        planned.append((item, local_to_utc(day, start, zone), local_to_utc(day, end, zone)))
    check_agenda_times([(item.title, starts_at, ends_at) for item, starts_at, ends_at in planned])
    with transaction.atomic(), arrangement_watch(site, by=by):
        for item, starts_at, ends_at in planned:
            item.starts_at, item.ends_at = starts_at, ends_at
        ScheduledItem.objects.bulk_update(items, ["starts_at", "ends_at"])
        log_action("dialogues.site.agenda_adjusted", actor=by, target=site, data={"items": len(items)})
    return items


def shift_site_agenda(site, *, by, minutes):
    """Move every item of the site's agenda by ``minutes`` (negative moves earlier); no
    item may leave its day. Raises AgendaError otherwise.
    Side effects: updates the items, audit entry ``dialogues.site.agenda_shifted``."""
    if not minutes:
        raise AgendaError(_("Give a number of minutes other than zero."), field="minutes")
    if abs(minutes) > 12 * 60:
        raise AgendaError(_("Shift by at most 12 hours."), field="minutes")
    delta = dt.timedelta(minutes=minutes)
    items = list(site.agenda.all())
    check_items_keep_their_day(site, [(item, item.starts_at + delta, item.ends_at + delta) for item in items])
    with transaction.atomic(), arrangement_watch(site, by=by):
        for item in items:
            item.starts_at += delta
            item.ends_at += delta
        ScheduledItem.objects.bulk_update(items, ["starts_at", "ends_at"])
        log_action("dialogues.site.agenda_shifted", actor=by, target=site, data={"minutes": minutes})
    return items

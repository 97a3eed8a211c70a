"""A site's days within the dialogue's window: add, change, remove.

A dialogue runs over a window (one day or a month); each site meets on one or more days
of it (``SiteDay``), in person or online. The agenda's items are placed on the days:
an item belongs to the day of its local start date (see domain/agenda.py)."""

import datetime as dt

from django.db import transaction
from django.utils import formats
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import DayMode, DialogueKind, SiteMode
from ..models import ScheduledItem, SiteDay
from .agenda import local_to_utc
from .errors import SiteError
from .site_changes import arrangement_watch

DEFAULT_START = dt.time(9, 0)


def _day_label(day):
    return formats.date_format(day, "DATE_FORMAT")


def check_day_values(site, *, date, mode, meeting_link, day=None):
    """Refuse a date outside the dialogue's window, a second day on the same date and an
    online day without its meeting link."""
    dialogue = site.partner.dialogue
    if date is None:
        raise SiteError(_("Give the date of the day."), field="date")
    if not dialogue.in_window(date):
        raise SiteError(
            _("%(day)s is outside the dialogue's window: choose a day from %(first)s to %(last)s.")
            % {"day": _day_label(date), "first": _day_label(dialogue.first_day), "last": _day_label(dialogue.last_day)},
            field="date",
        )
    if mode not in DayMode.values:
        raise SiteError(_("Choose in person or online."), field="mode")
    if dialogue.kind == DialogueKind.STAKEHOLDERS and mode != DayMode.ONLINE:
        raise SiteError(_("A stakeholder dialogue meets online: choose the online format."), field="mode")
    others = site.days.exclude(pk=day.pk) if day is not None else site.days.all()
    if others.filter(date=date).exists():
        raise SiteError(_("This site already meets on %(day)s.") % {"day": _day_label(date)}, field="date")
    if mode == DayMode.ONLINE and not meeting_link:
        raise SiteError(_("An online day needs its meeting link."), field="meeting_link")


def items_on_day(day, items=None):
    """The site's agenda items that start on ``day`` (local date in the site's zone)."""
    zone = day.site.tzinfo
    items = day.site.agenda.all() if items is None else items
    return [item for item in items if item.starts_at.astimezone(zone).date() == day.date]


def set_first_day(site, *, local_date=None, local_start_time=None, meeting_link=""):
    """Create or change the site's first day from the site form: ``local_date`` (empty:
    the dialogue's first day), local start time, meeting link; its format follows the
    site's (online for an online site, in person otherwise). Returns True when the date or
    start time is new, so the agenda must be scheduled again. Writes the day row only
    (the caller audits the site change). Raises SiteError (field ``local_date``) for a
    date outside the window."""
    dialogue = site.partner.dialogue
    date = local_date or dialogue.first_day
    start = local_start_time or DEFAULT_START
    mode = DayMode.ONLINE if site.mode == SiteMode.ONLINE else DayMode.IN_PERSON
    first = site.days.order_by("date").first()
    try:
        check_day_values(site, date=date, mode=mode, meeting_link=meeting_link, day=first)
    except SiteError as error:
        raise SiteError(error.message, field="local_date" if error.field == "date" else error.field) from None
    if first is None:
        SiteDay.objects.create(site=site, date=date, mode=mode, start_time=start, meeting_link=meeting_link)
        return True
    moved = (first.date, first.start_time) != (date, start)
    first.date, first.start_time, first.mode, first.meeting_link = date, start, mode, meeting_link
    first.save(update_fields=["date", "start_time", "mode", "meeting_link"])
    return moved


def add_site_day(site, *, by, date, mode=DayMode.IN_PERSON, start_time=None, meeting_link=""):
    """Add a day to ``site``. Its sessions are placed on it by the agenda template (items
    of that day number) or by moving items to it. Side effects: a ``SiteDay`` row, audit
    entry ``dialogues.site.day_added``."""
    check_day_values(site, date=date, mode=mode, meeting_link=meeting_link)
    with transaction.atomic(), arrangement_watch(site, by=by):
        day = SiteDay.objects.create(
            site=site, date=date, mode=mode, start_time=start_time or DEFAULT_START, meeting_link=meeting_link
        )
        log_action("dialogues.site.day_added", actor=by, target=site, data={"date": date.isoformat(), "mode": mode})
    return day


def change_site_day(day, *, by, date, mode, start_time, meeting_link=""):
    """Change a day's date, format, start time or link. The sessions on the day move with
    it: same local clock times on the new date, shifted by the change of start time.
    Side effects: the day row and its items, audit entry ``dialogues.site.day_changed``;
    a change of time or place is told to the people told before (domain/site_changes.py)."""
    site = day.site
    check_day_values(site, date=date, mode=mode, meeting_link=meeting_link, day=day)
    start_time = start_time or day.start_time
    zone = site.tzinfo
    shift = dt.datetime.combine(date, start_time) - dt.datetime.combine(day.date, day.start_time)
    items = items_on_day(day)
    for item in items:
        local_start = item.starts_at.astimezone(zone).replace(tzinfo=None) + shift
        local_end = item.ends_at.astimezone(zone).replace(tzinfo=None) + shift
        if local_start.date() != date:
            raise SiteError(
                _("“%(title)s” would no longer be on this day: move the start by less.") % {"title": item.title},
                field="start_time",
            )
        item.starts_at = local_to_utc(local_start.date(), local_start.time(), zone)
        item.ends_at = local_to_utc(local_end.date(), local_end.time(), zone)
    with transaction.atomic(), arrangement_watch(site, by=by):
        day.date, day.mode, day.start_time, day.meeting_link = date, mode, start_time, meeting_link
        day.save(update_fields=["date", "mode", "start_time", "meeting_link"])
        ScheduledItem.objects.bulk_update(items, ["starts_at", "ends_at"])
        log_action("dialogues.site.day_changed", actor=by, target=site, data={"date": date.isoformat(), "mode": mode})
    return day


def remove_site_day(day, *, by):
    """Remove a day with no session on it; a site keeps at least one day. Side effects:
    deletes the row, audit entry ``dialogues.site.day_removed``."""
    site = day.site
    if site.days.count() <= 1:
        raise SiteError(_("A site meets on at least one day: change this day instead of removing it."))
    if items_on_day(day):
        raise SiteError(_("Sessions are placed on this day: move them to another day first."))
    with transaction.atomic(), arrangement_watch(site, by=by):
        log_action("dialogues.site.day_removed", actor=by, target=site, data={"date": day.date.isoformat()})
        day.delete()


def days_outside_window(dialogue, first, last):
    """The dates sites of ``dialogue`` meet on that fall outside ``first``..``last``
    (to refuse narrowing the window past them). Reads only."""
    days = SiteDay.objects.filter(site__partner__dialogue=dialogue).exclude(date__range=(first, last))
    return sorted(set(days.values_list("date", flat=True)))

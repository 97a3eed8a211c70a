"""Scheduling the dialogue's agenda at a site: local times in, UTC stored.

Durations are real elapsed time: an item that spans a daylight-saving change still lasts
its duration, and its local end time shows the clock change."""

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _
from modeltranslation.utils import get_translation_fields

from wetheinternet.core.audit import log_action

from ..models import AgendaTemplateItem, ScheduledItem
from .errors import AgendaError

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


def apply_agenda_template(site, *, by):
    """Replace the site's agenda by the dialogue's template, starting at the site's local
    start time on its day. Side effects: deletes and creates ScheduledItem rows, audit
    entry ``dialogues.site.agenda_applied``. Returns the new items."""
    template = list(AgendaTemplateItem.objects.filter(dialogue_id=site.partner.dialogue_id).order_by("position"))
    starts_at = local_to_utc(site.day, site.local_start_time, site.tzinfo)
    items = []
    for position, item in enumerate(template, start=1):
        ends_at = starts_at + dt.timedelta(minutes=item.duration_minutes)
        items.append(ScheduledItem(
            site=site, template_item=item, position=position, kind=item.kind, topic_id=item.topic_id,
            starts_at=starts_at, ends_at=ends_at, title=item.title,
            **{field: getattr(item, field) for field in TITLE_FIELDS},
        ))
        starts_at = ends_at
    with transaction.atomic():
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


def adjust_site_agenda(site, *, by, local_times):
    """Set new local start and end times for the site's items. ``local_times`` maps an
    item id to (start time, end time) on the site's day. Side effects: updates the items,
    audit entry ``dialogues.site.agenda_adjusted``."""
    items = list(site.agenda.all())
    zone = site.tzinfo
    planned = []
    for item in items:
        start, end = local_times.get(item.pk, (None, None))
        if start is None or end is None:
            raise AgendaError(_("Give a start and an end time for “%(title)s”.") % {"title": item.title})
        planned.append((item, local_to_utc(site.day, start, zone), local_to_utc(site.day, end, zone)))
    check_agenda_times([(item.title, starts_at, ends_at) for item, starts_at, ends_at in planned])
    with transaction.atomic():
        for item, starts_at, ends_at in planned:
            item.starts_at, item.ends_at = starts_at, ends_at
        ScheduledItem.objects.bulk_update(items, ["starts_at", "ends_at"])
        log_action("dialogues.site.agenda_adjusted", actor=by, target=site, data={"items": len(items)})
    return items


def shift_site_agenda(site, *, by, minutes):
    """Move every item of the site's day by ``minutes`` (negative moves earlier).
    Side effects: updates the items, audit entry ``dialogues.site.agenda_shifted``."""
    if not minutes:
        raise AgendaError(_("Give a number of minutes other than zero."), field="minutes")
    if abs(minutes) > 12 * 60:
        raise AgendaError(_("Shift by at most 12 hours."), field="minutes")
    delta = dt.timedelta(minutes=minutes)
    items = list(site.agenda.all())
    with transaction.atomic():
        for item in items:
            item.starts_at += delta
            item.ends_at += delta
        ScheduledItem.objects.bulk_update(items, ["starts_at", "ends_at"])
        log_action("dialogues.site.agenda_shifted", actor=by, target=site, data={"minutes": minutes})
    return items

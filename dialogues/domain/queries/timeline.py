"""The follow-the-sun timeline: every site's agenda on one UTC axis."""

import datetime as dt
from dataclasses import dataclass

from ...models import ScheduledItem
from ...regions import countries_in

UTC = dt.UTC


@dataclass
class TimelineRow:
    site: object
    items: list


def timeline_items(dialogue, *, seen_by, region="", country="", day=None):
    """Scheduled items of the dialogue's sites that ``seen_by`` may see, in UTC order,
    filtered by region and country, and by ``day``: the items each site holds on that
    local date (in its own time zone), so a day of the window is every site's day."""
    items = ScheduledItem.objects.visible_to(seen_by).filter(site__partner__dialogue=dialogue).select_related("site__partner", "topic")
    if region:
        items = items.filter(site__country__in=countries_in(region))
    if country:
        items = items.filter(site__country=country)
    items = items.order_by("starts_at", "site__name", "position")
    if day is None:
        return list(items)
    # Local dates run from UTC-12 to UTC+14: fetch a margin, keep each site's own date.
    midnight = dt.datetime.combine(day, dt.time(0), tzinfo=UTC)
    nearby = items.filter(starts_at__gte=midnight - dt.timedelta(hours=15), starts_at__lt=midnight + dt.timedelta(hours=37))
    return [item for item in nearby if item.starts_at.astimezone(item.site.tzinfo).date() == day]


def window_days(dialogue):
    """Every date of the dialogue's window, first to last."""
    return [dialogue.first_day + dt.timedelta(days=n) for n in range((dialogue.last_day - dialogue.first_day).days + 1)]


def timeline_rows(items):
    """Group items into one row per site, sites ordered by their first start in UTC."""
    rows = {}
    for item in items:
        rows.setdefault(item.site_id, TimelineRow(item.site, [])).items.append(item)
    return list(rows.values())


def timeline_bounds(items):
    """(first start, last end) in UTC, widened to whole hours, or (None, None)."""
    if not items:
        return None, None
    start = min(item.starts_at for item in items).astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    end = max(item.ends_at for item in items).astimezone(UTC)
    if end.minute or end.second:
        end = end.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    return start, end

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


def timeline_items(dialogue, *, seen_by, region="", country=""):
    """Scheduled items of the dialogue's sites that ``seen_by`` may see, in UTC order,
    filtered by region and country."""
    items = ScheduledItem.objects.visible_to(seen_by).filter(site__partner__dialogue=dialogue).select_related("site__partner", "topic")
    if region:
        items = items.filter(site__country__in=countries_in(region))
    if country:
        items = items.filter(site__country=country)
    return items.order_by("starts_at", "site__name", "position")


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

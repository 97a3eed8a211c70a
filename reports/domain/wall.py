"""The live world wall: where in the world the day stands.

Two kinds of figures, kept apart:

- **Live progress** (``live_map``, ``reporting_timeline``): how many *tables* of each
  country have sent a result, and when, as they arrive. These are counts of tables and
  times, never answers or people, so they are not results and need no protection; they
  are the same kind of figure staff see on the reports page.
- **Released results** (``released_findings``): the latest release's published figures
  (``Cube``, disclosure control applied), never the results as they arrive.
"""

import datetime
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db.models import Count
from django.db.models.functions import TruncHour
from django.utils import timezone

from dialogues.models import Site, Table

from ..enums import WORLD
from .build import cube_for, dialogue_fingerprint
from .content import area_name, key_findings
from .queries.counts import counted_submissions

MAP_FILE = Path(__file__).resolve().parents[1] / "data" / "world-110m.json"
TIMELINE_HOURS = 24
FINDINGS_PER_TOPIC = 3

# Classes of the map, by share of a country's tables that have sent at least one result.
NO_SITES, WAITING, SOME, MOST, ALL = "none", "waiting", "some", "most", "all"
MAP_CLASSES = (WAITING, SOME, MOST, ALL)


@cache
def world_map():
    """The map shipped with the project (Natural Earth 1:110m, see tools/world_map):
    ``{"width", "height", "countries": {alpha-2: SVG path}, "other": path}``."""
    with MAP_FILE.open(encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class CountryProgress:
    code: str
    name: str
    tables: int
    reporting: int  # tables that have sent at least one counted result
    results: int  # counted results (one per table and session)

    @property
    def level(self):
        if not self.reporting:
            return WAITING
        if self.reporting == self.tables:
            return ALL
        return MOST if 2 * self.reporting >= self.tables else SOME


def map_level(reporting, tables):
    return CountryProgress("", "", tables, reporting, 0).level


def country_progress(dialogue):
    """Per country with sites: tables, tables that have reported, results received (live)."""
    tables = dict(
        Table.objects.filter(site__partner__dialogue=dialogue).values_list("site__country").annotate(n=Count("id")).order_by()
    )
    submissions = counted_submissions(dialogue)
    reporting = dict(
        submissions.values_list("table__site__country").annotate(n=Count("table_id", distinct=True)).order_by()
    )
    results = dict(submissions.values_list("table__site__country").annotate(n=Count("id")).order_by())
    rows = [
        CountryProgress(code, area_name(code), total, reporting.get(code, 0), results.get(code, 0))
        for code, total in tables.items()
    ]
    return sorted(rows, key=lambda row: row.name)


def live_map(progress):
    """The map's shapes with their class: ``[(code, name, path, level, progress or None)]``,
    and the countries with sites that the 1:110m map has no shape for (small islands)."""
    shapes = world_map()["countries"]
    by_code = {row.code: row for row in progress}
    countries = [
        (code, area_name(code), path, by_code[code].level if code in by_code else NO_SITES, by_code.get(code))
        for code, path in shapes.items()
    ]
    unmapped = [row for row in progress if row.code not in shapes]
    return countries, unmapped


@dataclass(frozen=True)
class TimelineRow:
    offset_minutes: int
    sites: int
    cells: tuple  # results received per hour, oldest first

    @property
    def label(self):
        sign = "+" if self.offset_minutes >= 0 else "−"
        hours, minutes = divmod(abs(self.offset_minutes), 60)
        return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")

    @property
    def total(self):
        return sum(self.cells)


@dataclass(frozen=True)
class Timeline:
    hours: tuple  # the start of each hour (UTC), oldest first
    rows: tuple  # one per UTC offset of the sites, east to west
    peak: int

    def level(self, count):
        """0 (nothing) to 4 (the busiest hour), for the shading of a cell."""
        if not count:
            return 0
        return max(1, min(4, -(-4 * count // max(1, self.peak))))


def _offset(zone_name, moment):
    try:
        offset = moment.astimezone(ZoneInfo(zone_name)).utcoffset()
    except (KeyError, ValueError, OSError):
        return 0
    return int(offset.total_seconds() // 60)


def reporting_timeline(dialogue, *, now=None, hours=TIMELINE_HOURS):
    """Results received per hour (UTC) over the ``hours`` up to the latest one (or now),
    per UTC offset of the sites: the day following the sun from east to west."""
    rows = (
        counted_submissions(dialogue)
        .annotate(hour=TruncHour("submitted_at", tzinfo=datetime.UTC))
        .values_list("table__site__time_zone", "hour")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts = list(rows)
    now = now or timezone.now()
    latest = max((hour for _zone, hour, _n in counts), default=None)
    end = min(latest, now.replace(minute=0, second=0, microsecond=0)) if latest else None
    end = end or now.replace(minute=0, second=0, microsecond=0)
    start = end - datetime.timedelta(hours=hours - 1)
    slots = tuple(start + datetime.timedelta(hours=h) for h in range(hours))
    sites = {}
    for zone in Site.objects.filter(partner__dialogue=dialogue).values_list("time_zone", flat=True):
        offset = _offset(zone, end)
        sites[offset] = sites.get(offset, 0) + 1
    cells = {offset: [0] * hours for offset in sites}
    for zone, hour, n in counts:
        index = int((hour - start).total_seconds() // 3600)
        if 0 <= index < hours:
            cells.setdefault(_offset(zone, hour), [0] * hours)[index] += n
    timeline_rows = tuple(
        TimelineRow(offset, sites.get(offset, 0), tuple(cells[offset])) for offset in sorted(cells, reverse=True)
    )
    peak = max((n for row in timeline_rows for n in row.cells), default=0)
    return Timeline(slots, timeline_rows, peak)


@dataclass(frozen=True)
class _Section:
    question: object
    columns: list


def released_findings(dialogue):
    """The latest release's strongest world results per topic (published figures only):
    ``(cube, [(topic, [finding, ...])])``, findings as ``content.key_findings`` gives them."""
    cube = cube_for(dialogue, dialogue_fingerprint(dialogue))
    topics = []
    for topic in dialogue.topics.all():
        sections = [_Section(q, cube.figures[q.pk].columns) for q in cube.questions if q.topic_id == topic.pk]
        topics.append((topic, key_findings(cube, WORLD, sections)[:FINDINGS_PER_TOPIC]))
    return cube, topics


def wall_context(dialogue, *, now=None):
    """Everything the wall shows: the live map and timeline, the released findings."""
    progress = country_progress(dialogue)
    countries, unmapped = live_map(progress)
    cube, topics = released_findings(dialogue)
    shape = world_map()
    return {
        "dialogue": dialogue,
        "map_width": shape["width"],
        "map_height": shape["height"],
        "map_other": shape["other"],
        "map_countries": countries,
        "unmapped": unmapped,
        "progress": progress,
        "countries_reporting": sum(1 for row in progress if row.reporting),
        "countries_with_sites": len(progress),
        "tables": sum(row.tables for row in progress),
        "tables_reporting": sum(row.reporting for row in progress),
        "results": sum(row.results for row in progress),
        "timeline": reporting_timeline(dialogue, now=now),
        "release": cube.release,
        "people_released": cube.people(WORLD) if cube.release else None,
        "findings": topics,
        "k": cube.k,
        "generated_at": now or timezone.now(),
    }

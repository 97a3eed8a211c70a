"""Open data: the published aggregates of the latest release as a list of cells (one
documented schema for CSV, JSON, the API and ``export_open_data``). Every suppressed cell is marked as such
with a null count, never a zero. See docs/reports.md for the schema."""

import csv
import io
import json

from django.core.cache import cache

from ..enums import WORLD
from .build import dialogue_fingerprint
from .cube import Cube

FIELDS = ["area", "question", "option", "group", "count", "suppressed", "k", "released_at"]
TOTAL = "total"
ALL = "all"


def _cells(area, question_code, columns, figures, group, k, released_at):
    for column, count in zip(columns, figures.counts, strict=True):
        yield {"area": area, "question": question_code, "option": column.code, "group": group,
               "count": count, "suppressed": count is None, "k": k, "released_at": released_at}
    yield {"area": area, "question": question_code, "option": TOTAL, "group": group,
           "count": figures.base, "suppressed": figures.base is None, "k": k, "released_at": released_at}


def open_data_cells(dialogue, *, cube=None, breakdowns=True):
    """Every published cell of ``dialogue``: per area (world, regions, countries) and
    question, the count per option and the base (option ``total``), for everyone
    (group ``all``) and, with ``breakdowns``, per demographic group (``feature:category``);
    all from the latest release, whose time every cell carries (``released_at``)."""
    cube = cube or Cube(dialogue)
    k = cube.k
    released_at = cube.release.released_at.isoformat() if cube.release else None
    cells = []
    for question in cube.questions:
        figures = cube.figures[question.pk]
        for area, row in figures.areas.items():
            cells.extend(_cells(area, question.code, figures.columns, row, ALL, k, released_at))
    if breakdowns:
        data = cube.dialogue_group_data
        for area in [WORLD, *cube.regions, *cube.countries]:
            for question_breakdowns in cube.breakdowns(area, data).values():
                for breakdown in question_breakdowns:
                    columns = cube.figures[breakdown.question.pk].columns
                    for category, row in zip(breakdown.categories, breakdown.rows, strict=True):
                        group = f"{breakdown.feature.code}:{category.code}"
                        cells.extend(_cells(area, breakdown.question.code, columns, row, group, k, released_at))
    return cells


CACHE_SECONDS = 7 * 24 * 3600


def _cache_key(dialogue, fingerprint=None):
    return f"reports:open-data:{dialogue.pk}:{fingerprint or dialogue_fingerprint(dialogue)}"


def open_data_if_cached(dialogue, fingerprint=None):
    """The cached open-data cells of the latest release, or None when no worker has
    computed them yet (never computes them: that takes a minute at full scale)."""
    return cache.get(_cache_key(dialogue, fingerprint))


def cached_open_data(dialogue):
    """The open data cells of the latest release, computed once per state of the
    dialogue's inputs (a worker computes them as soon as a release is made, see
    ``warm_open_data``; a page that finds none computes them itself)."""
    key = _cache_key(dialogue)
    cells = cache.get(key)
    if cells is None:
        cells = open_data_cells(dialogue)
        cache.set(key, cells, CACHE_SECONDS)
    return cells


def warm_open_data(dialogue):
    """Compute and cache the open data of the latest release. Side effect: the cache."""
    return len(cached_open_data(dialogue))


def as_json(cells):
    return json.dumps(cells, ensure_ascii=False, indent=None)


def as_csv(cells):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for cell in cells:
        writer.writerow({**cell, "count": "" if cell["count"] is None else cell["count"],
                         "suppressed": "true" if cell["suppressed"] else "false"})
    return buffer.getvalue()

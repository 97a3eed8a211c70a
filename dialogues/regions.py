"""UN M49 world regions (UNSD standard), the one source for grouping countries: the
follow-the-sun timeline, the world overview, the admin filters and the reports.

``data/m49.csv`` maps every ISO 3166-1 country to its M49 region, sub-region and
intermediate region, so that a coarser or finer level is a change of column."""

import csv
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

DATA_FILE = Path(__file__).resolve().parent / "data" / "m49.csv"

REGION_NAMES = {
    "002": _("Africa"),
    "019": _("Americas"),
    "142": _("Asia"),
    "150": _("Europe"),
    "009": _("Oceania"),
}


@cache
def country_regions(level="region"):
    """{ISO alpha-2 country: M49 code at ``level``} for every country in the data file."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["country"]: row[level] for row in rows}


def region_of(country_code):
    """The M49 region code of an ISO alpha-2 country code, or "" if unknown (Antarctica)."""
    return country_regions().get(str(country_code).upper(), "")


def countries_in(region):
    return tuple(sorted(country for country, code in country_regions().items() if code == region))

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


def region_of(country):
    """The M49 region code of a country (an ISO 3166-1 alpha-2 code in any case, or a
    django-countries ``Country``), or None when it has none (Antarctica) or is not a
    country (a region code, "world")."""
    return country_regions().get(str(country).upper())


def region_name(code):
    """The translated name of an M49 region code (the code itself if unknown)."""
    return REGION_NAMES.get(code, code)


def countries_in(region):
    """The country codes of an M49 region, sorted."""
    return tuple(sorted(country for country, code in country_regions().items() if code == region))


def all_countries():
    """Every country code the data file knows, sorted."""
    return sorted(country_regions())

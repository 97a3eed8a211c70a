"""UN M49 regions as reports use them. A report's "region" is the M49 region (Africa,
Americas, Asia, Europe, Oceania), the level the staff pages group countries by; the data
lives in ``dialogues.regions`` so both always agree."""

from dialogues.regions import REGION_NAMES, countries_in, country_regions

__all__ = ["REGION_NAMES", "all_countries", "countries_of", "region_name", "region_of"]


def region_of(country_code):
    """The M49 region code of an ISO 3166-1 alpha-2 country code (None if unknown)."""
    return country_regions().get(str(country_code))


def region_name(code):
    return REGION_NAMES.get(code, code)


def countries_of(region_code):
    return list(countries_in(region_code))


def all_countries():
    return sorted(country_regions())

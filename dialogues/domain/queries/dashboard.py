"""Figures for the partner dashboard and the staff home.

The apps above dialogues add their own figures of a partner (registrations, tables with
results) with ``register_partner_figures`` in their ``AppConfig.ready``, as they
register their free texts for redaction: dialogues never imports them."""

from collections import Counter

from django.db.models import Count

from ...models import Partner, Site, Table
from ...regions import REGION_NAMES, region_of

# Functions taking a partner and returning a dict of figures for its dashboard panel.
PARTNER_FIGURES = []


def register_partner_figures(figures):
    PARTNER_FIGURES.append(figures)


def partner_counts(partner):
    counts = {"sites": partner.sites.count(), "tables": Table.objects.filter(site__partner=partner).count()}
    for figures in PARTNER_FIGURES:
        counts |= figures(partner)
    return counts


def sites_per_country(dialogue=None):
    """[(country code, site count, table count)] ordered by country code."""
    sites = Site.objects.all() if dialogue is None else Site.objects.filter(partner__dialogue=dialogue)
    return list(
        sites.values_list("country").annotate(sites=Count("id", distinct=True), tables=Count("tables")).order_by("country")
    )


def _codes(countries):
    """Country codes from a multiple CountryField value (a list, or "FR,BE" from values_list)."""
    if isinstance(countries, str):
        return {code for code in countries.split(",") if code}
    return {str(getattr(code, "code", code)) for code in countries}


def world_overview(dialogue=None):
    """Per world region: partners, countries covered, sites and tables."""
    partners = Partner.objects.all() if dialogue is None else Partner.objects.filter(dialogue=dialogue)
    rows = {code: Counter() for code in REGION_NAMES}
    coverage = [_codes(countries) for countries in partners.values_list("countries", flat=True)]
    for codes in coverage:
        for region in {region_of(code) for code in codes}:
            if region:
                rows[region]["partners"] += 1
    covered = set().union(*coverage) if coverage else set()
    for code in covered:
        if region_of(code):
            rows[region_of(code)]["countries"] += 1
    for country, site_count, table_count in sites_per_country(dialogue):
        region = region_of(country)
        if region:
            rows[region]["sites"] += site_count
            rows[region]["tables"] += table_count
    return [{"region": code, "name": REGION_NAMES[code], **counts} for code, counts in rows.items()]

"""Figures for the partner dashboard and the staff home.

``partner_counts`` is the hook later parts fill in: it counts what exists in the
registrations and results models when those are installed, and says None otherwise."""

from collections import Counter

from django.apps import apps
from django.db.models import Count

from ...models import Partner, Site, Table
from ...regions import REGION_NAMES, region_of


def _model(app_label, name):
    try:
        return apps.get_model(app_label, name)
    except LookupError:
        return None


def registration_counts(partner):
    """(registered, selected) people of the partner's countries, from the registrations
    app's own figures (``registrations.domain.queries.dashboard``, which leaves out
    withdrawn and erased registrations); (None, None) while that app is not there.
    Imported here: dialogues does not depend on registrations at import time."""
    try:
        from registrations.domain.queries.dashboard import partner_registration_numbers
    except ImportError:
        return None, None
    totals = partner_registration_numbers(partner)["totals"]
    return totals["registered"], totals["selected"]


def tables_with_results_count(partner):
    """Tables of the partner with at least one current, non-rejected result."""
    submission = _model("dialogues", "ResultSubmission")
    if submission is None:
        return None
    return (
        submission.objects.filter(table__site__partner=partner, superseded_at__isnull=True)
        .exclude(state="rejected")
        .values("table")
        .distinct()
        .count()
    )


def partner_counts(partner):
    registered, selected = registration_counts(partner)
    return {
        "sites": partner.sites.count(),
        "tables": Table.objects.filter(site__partner=partner).count(),
        "registrations": registered,
        "selected": selected,
        "tables_with_results": tables_with_results_count(partner),
    }


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

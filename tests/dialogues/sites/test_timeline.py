"""Follow-the-sun: sites with the same local start time in the right UTC order,
including on both sides of a daylight-saving change."""

import datetime as dt

import pytest

from dialogues.domain.agenda import apply_agenda_template
from dialogues.domain.queries.timeline import timeline_items, timeline_rows
from tests.factories.accounts import StaffFactory
from tests.factories.dialogues import PartnerFactory, SiteFactory

from .conftest import utc

pytestmark = pytest.mark.django_db


@pytest.fixture
def world_partner(partner, agenda_template):
    return PartnerFactory(dialogue=partner.dialogue, countries=["FJ", "AR", "CL", "FR"])


def _site(partner, name, zone, country, day):
    site = SiteFactory(partner=partner, name=name, time_zone=zone, country=country, local_date=day,
                       local_start_time=dt.time(9, 0))
    apply_agenda_template(site, by=None)
    return site


def _openings(dialogue, **filters):
    return [(item.site.name, item.starts_at) for item in timeline_items(dialogue, seen_by=StaffFactory(), **filters) if item.position == 1]


def test_fiji_before_buenos_aires_at_same_local_start(world_partner):
    day = dt.date(2019, 11, 9)  # Fiji on standard time (UTC+12)
    _site(world_partner, "Buenos Aires", "America/Argentina/Buenos_Aires", "AR", day)
    _site(world_partner, "Suva", "Pacific/Fiji", "FJ", day)

    assert _openings(world_partner.dialogue) == [
        ("Suva", utc(2019, 11, 8, 21, 0)), ("Buenos Aires", utc(2019, 11, 9, 12, 0))]


def test_fiji_daylight_saving_moves_its_start_an_hour_earlier_in_utc(world_partner):
    # Fiji's clocks went forward at 02:00 on 10 November 2019 (UTC+13 until January 2020).
    _site(world_partner, "Suva before", "Pacific/Fiji", "FJ", dt.date(2019, 11, 9))
    _site(world_partner, "Suva after", "Pacific/Fiji", "FJ", dt.date(2019, 11, 10))
    _site(world_partner, "Buenos Aires", "America/Argentina/Buenos_Aires", "AR", dt.date(2019, 11, 10))

    assert _openings(world_partner.dialogue) == [
        ("Suva before", utc(2019, 11, 8, 21, 0)),
        ("Suva after", utc(2019, 11, 9, 20, 0)),
        ("Buenos Aires", utc(2019, 11, 10, 12, 0)),
    ]


def test_santiago_daylight_saving_changes_order_with_buenos_aires(world_partner):
    # Santiago's clocks go forward at midnight on 6 September 2026 (UTC-4 to UTC-3).
    _site(world_partner, "Buenos Aires 5", "America/Argentina/Buenos_Aires", "AR", dt.date(2026, 9, 5))
    _site(world_partner, "Santiago 5", "America/Santiago", "CL", dt.date(2026, 9, 5))
    _site(world_partner, "Santiago 6", "America/Santiago", "CL", dt.date(2026, 9, 6))

    assert _openings(world_partner.dialogue) == [
        ("Buenos Aires 5", utc(2026, 9, 5, 12, 0)),
        ("Santiago 5", utc(2026, 9, 5, 13, 0)),
        ("Santiago 6", utc(2026, 9, 6, 12, 0)),
    ]


def test_timeline_filters_by_region_and_country(world_partner):
    day = dt.date(2026, 10, 24)
    _site(world_partner, "Suva", "Pacific/Fiji", "FJ", day)
    _site(world_partner, "Buenos Aires", "America/Argentina/Buenos_Aires", "AR", day)
    _site(world_partner, "Santiago", "America/Santiago", "CL", day)
    dialogue = world_partner.dialogue

    assert [name for name, _ in _openings(dialogue, region="009")] == ["Suva"]
    assert [name for name, _ in _openings(dialogue, region="019")] == ["Buenos Aires", "Santiago"]
    assert [name for name, _ in _openings(dialogue, region="019", country="CL")] == ["Santiago"]


def test_timeline_rows_order_sites_by_first_start(world_partner):
    day = dt.date(2026, 10, 24)
    _site(world_partner, "Buenos Aires", "America/Argentina/Buenos_Aires", "AR", day)
    _site(world_partner, "Suva", "Pacific/Fiji", "FJ", day)

    rows = timeline_rows(timeline_items(world_partner.dialogue, seen_by=StaffFactory()))

    assert [(row.site.name, len(row.items)) for row in rows] == [("Suva", 4), ("Buenos Aires", 4)]

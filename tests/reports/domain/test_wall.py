"""The world wall's live figures: tables reporting per country and the timeline of
results per hour across the sites' time zones (counts of tables and times only)."""

import datetime as dt

import pytest

from reports.domain.wall import country_progress, reporting_timeline
from tests.factories.dialogues import DialogueFactory, PartnerFactory, SiteFactory, TableFactory, TopicFactory
from tests.factories.results import ResultSubmissionFactory
from tools.world_map.convert import unwrap

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 7, 18, 30, tzinfo=dt.UTC)


@pytest.fixture
def day():
    dialogue = DialogueFactory()
    partner = PartnerFactory(dialogue=dialogue, countries=["JP", "FR", "US"])
    topics = [TopicFactory(dialogue=dialogue), TopicFactory(dialogue=dialogue)]
    sites = {
        "tokyo": SiteFactory(partner=partner, country="JP", time_zone="Asia/Tokyo"),
        "paris": SiteFactory(partner=partner, country="FR", time_zone="Europe/Paris"),
        "new_york": SiteFactory(partner=partner, country="US", time_zone="America/New_York"),
    }
    tables = {name: [TableFactory(site=site, number=n) for n in (1, 2)] for name, site in sites.items()}
    return dialogue, topics, tables


def report(table, topic, at, **kwargs):
    return ResultSubmissionFactory(table=table, topic=topic, submitted_at=at, **kwargs)


def test_country_progress_counts_tables_that_reported_and_results(day):
    dialogue, (first, second), tables = day
    report(tables["tokyo"][0], first, NOW)
    report(tables["tokyo"][0], second, NOW)
    report(tables["paris"][0], first, NOW)
    report(tables["paris"][1], first, NOW, state="rejected")

    progress = {row.code: (row.reporting, row.tables, row.results, row.level) for row in country_progress(dialogue)}

    assert progress == {"JP": (1, 2, 2, "most"), "FR": (1, 2, 1, "most"), "US": (0, 2, 0, "waiting")}


def test_timeline_puts_each_result_in_its_hour_and_time_zone_east_to_west(day):
    dialogue, (first, _second), tables = day
    report(tables["tokyo"][0], first, NOW - dt.timedelta(hours=9, minutes=10))  # 09:20 UTC
    report(tables["tokyo"][1], first, NOW - dt.timedelta(hours=9))  # 09:30 UTC
    report(tables["paris"][0], first, NOW - dt.timedelta(hours=2))  # 16:30 UTC
    report(tables["new_york"][0], first, NOW - dt.timedelta(hours=30))  # yesterday: outside the day shown

    timeline = reporting_timeline(dialogue, now=NOW)

    assert [(row.label, row.sites) for row in timeline.rows] == [("UTC+9", 1), ("UTC+1", 1), ("UTC−5", 1)]
    assert timeline.hours[-1] == dt.datetime(2026, 12, 7, 16, tzinfo=dt.UTC)  # the latest result's hour
    assert len(timeline.hours) == 24
    hour = {h: i for i, h in enumerate(timeline.hours)}
    tokyo, paris, new_york = timeline.rows
    assert tokyo.cells[hour[dt.datetime(2026, 12, 7, 9, tzinfo=dt.UTC)]] == 2
    assert tokyo.total == 2 and paris.total == 1 and new_york.total == 0
    assert paris.cells[-1] == 1
    assert timeline.peak == 2
    assert [timeline.level(n) for n in (0, 1, 2)] == [0, 2, 4]


def test_timeline_before_any_result_ends_now_with_every_time_zone_empty(day):
    dialogue, _topics, _tables = day

    timeline = reporting_timeline(dialogue, now=NOW)

    assert timeline.hours[-1] == dt.datetime(2026, 12, 7, 18, tzinfo=dt.UTC)
    assert [row.total for row in timeline.rows] == [0, 0, 0]
    assert timeline.peak == 0


def test_map_rings_crossing_the_antimeridian_stay_whole():
    ring = [(178.0, 65.0), (-179.0, 66.0), (-178.0, 64.0), (179.0, 63.0)]

    assert unwrap(ring) == [(178.0, 65.0), (181.0, 66.0), (182.0, 64.0), (179.0, 63.0)]

import datetime as dt

import pytest
from django.utils import timezone

from conduct.domain.queries.statistics import yearly_statistics
from conduct.domain.retention import reduce_expired_cases
from conduct.models import CaseStatistic, Incident
from tests.factories.conduct import IncidentFactory

pytestmark = pytest.mark.django_db


def _closed(days_ago, **extra):
    created = timezone.now() - dt.timedelta(days=days_ago)
    return IncidentFactory(site=None, place_kind="online", state="dismissed", created_at=created,
                           acknowledged_at=created + dt.timedelta(hours=2), closed_at=created + dt.timedelta(days=1),
                           **extra)


def test_closed_cases_past_retention_become_anonymous_statistics(settings):
    settings.CONDUCT_CASE_RETENTION_DAYS = 365
    old = _closed(800)
    recent = _closed(10)
    still_open = IncidentFactory(site=None, place_kind="online", created_at=timezone.now() - dt.timedelta(days=900))

    count = reduce_expired_cases()

    assert count == 1
    assert set(Incident.objects.values_list("pk", flat=True)) == {recent.pk, still_open.pk}
    statistic = CaseStatistic.objects.get()
    assert (statistic.year, statistic.final_state, statistic.seconds_to_acknowledge, statistic.seconds_to_close) == (
        old.created_at.year, "dismissed", 7200, 86400)
    assert reduce_expired_cases() == 0


def test_yearly_statistics_hide_counts_under_k(settings):
    settings.CONDUCT_STATISTICS_MIN_COUNT = 3
    year = timezone.now().year
    for _ in range(3):
        IncidentFactory(site=None, place_kind="online", state="new")
    IncidentFactory(site=None, place_kind="online", state="dismissed")

    stats = yearly_statistics(year)
    by_label = {figure.label: (figure.count, figure.hidden) for figure in stats["by_state"]}

    assert by_label["New"] == (None, True)
    assert by_label["Dismissed"] == (None, True)  # and New, by complementary suppression
    assert by_label["Investigating"] == (0, False)
    assert stats["total"].count == 4
    assert stats["median_close_days"] is None


def test_a_single_hidden_count_hides_the_next_smallest_too(settings):
    settings.CONDUCT_STATISTICS_MIN_COUNT = 3
    year = timezone.now().year
    for _ in range(4):
        IncidentFactory(site=None, place_kind="online", state="new")
    for _ in range(5):
        IncidentFactory(site=None, place_kind="online", state="acknowledged")
    IncidentFactory(site=None, place_kind="online", state="dismissed")

    stats = yearly_statistics(year)
    by_label = {figure.label: figure.count for figure in stats["by_state"]}

    assert stats["total"].count == 10
    assert by_label == {"New": None, "Acknowledged": 5, "Investigating": 0, "Resolved with a decision": 0,
                        "Dismissed": None}

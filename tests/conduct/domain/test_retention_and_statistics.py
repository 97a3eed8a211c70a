import datetime as dt

import pytest
from django.utils import timezone

from conduct.domain.queries.statistics import yearly_statistics
from conduct.domain.retention import forget_working_session_sign_ups, reduce_expired_cases
from conduct.models import CaseStatistic, ConsultationAnswer, Incident
from tests.factories.conduct import IncidentFactory, WorkingSessionFactory
from wetheinternet.core.models import AuditEntry

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


def test_working_session_sign_ups_forgotten_after_their_retention(settings):
    settings.CONSULTATION_SIGN_UP_RETENTION_DAYS = 30
    now = dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.UTC)
    old = WorkingSessionFactory(starts_at=now - dt.timedelta(days=31))
    recent = WorkingSessionFactory(version=old.version, starts_at=now - dt.timedelta(days=29))
    for session in (old, recent):
        ConsultationAnswer.objects.create(version=old.version, familiarity=2, working_session=session,
                                          works_well="Short.", name="Noor Haddad", email="noor@example.org")

    count = forget_working_session_sign_ups(now)

    rows = list(ConsultationAnswer.objects.order_by("working_session__starts_at")
                .values_list("name", "email", "works_well"))
    assert count == 1
    assert rows == [("", "", "Short."), ("Noor Haddad", "noor@example.org", "Short.")]
    assert AuditEntry.objects.get(action="conduct.consultation.sign_ups_forgotten").data == {"answers": 1}
    assert forget_working_session_sign_ups(now) == 0

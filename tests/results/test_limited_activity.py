"""A conduct decision limiting an activity blocks it in result entry and review."""

import datetime as dt

import pytest
from django.utils import timezone

from conduct.enums import LadderStep, LimitedActivity
from conduct.models import Decision
from tests.factories.accounts import UserFactory
from tests.factories.conduct import IncidentFactory
from tests.factories.dialogues import TableFactory

pytestmark = pytest.mark.django_db


def _limit(user, activity, *, ends_at):
    return Decision.objects.create(
        incident=IncidentFactory(state="resolved"),
        step=LadderStep.LIMITED_ACTIVITIES,
        subject_user=user,
        limited_activity=activity,
        repair_step="Talk with the Response Lead before the next session.",
        ends_at=ends_at,
    )


def test_note_taker_limited_from_entering_results_may_not_enter_them_until_the_end_date():
    table = TableFactory(note_taker=UserFactory())
    decision = _limit(table.note_taker, LimitedActivity.ENTER_RESULTS, ends_at=timezone.now() + dt.timedelta(days=7))

    refused = table.note_taker.has_perm("results.enter_table_results", table)
    decision.ends_at = timezone.now() - dt.timedelta(minutes=1)
    decision.save()
    allowed_again = table.note_taker.has_perm("results.enter_table_results", table)

    assert (refused, allowed_again) == (False, True)


def test_facilitator_limited_from_facilitating_may_not_review_but_other_limits_do_not_block():
    table = TableFactory(facilitator=UserFactory())
    _limit(table.facilitator, LimitedActivity.ENTER_RESULTS, ends_at=timezone.now() + dt.timedelta(days=7))
    may_review_with_other_limit = table.facilitator.has_perm("results.review_table_results", table)

    _limit(table.facilitator, LimitedActivity.FACILITATE, ends_at=timezone.now() + dt.timedelta(days=7))

    assert may_review_with_other_limit is True
    assert table.facilitator.has_perm("results.review_table_results", table) is False

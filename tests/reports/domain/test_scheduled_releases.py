"""Releases booked for a set time: booked and cancelled by staff (audited), refused in
the past, made once by the periodic task when due and never before, never twice."""

import datetime as dt
import threading
import time

import pytest
from django.db import connection, connections, transaction
from django.utils import timezone

from dialogues.models import Table
from reports.domain.releases import ReleaseError, latest_release
from reports.domain.scheduled_releases import (
    _run,
    cancel_scheduled_release,
    run_due_scheduled_releases,
    schedule_release,
    upcoming_releases,
)
from reports.models import Release, ScheduledRelease
from reports.tasks import release_due_results_task
from tests.factories.dialogues import TableFactory
from tests.factories.reports import small_dialogue
from tests.factories.results import submit_counts
from wetheinternet.core.models import AuditEntry


def _one_more_table(dialogue):
    site = Table.objects.filter(site__partner__dialogue=dialogue).first().site
    return submit_counts(dialogue, TableFactory(site=site, number=901), people=4)


def _book(dialogue, by, *, minutes):
    booking = schedule_release(dialogue, at=timezone.now() + dt.timedelta(minutes=10), by=by)
    ScheduledRelease.objects.filter(pk=booking.pk).update(due_at=timezone.now() + dt.timedelta(minutes=minutes))
    booking.refresh_from_db()
    return booking


def test_schedule_release_stores_the_time_in_utc_and_audits(staff_user, db):
    dialogue = small_dialogue()
    paris = dt.timezone(dt.timedelta(hours=1))
    at = (timezone.now() + dt.timedelta(days=1)).astimezone(paris).replace(microsecond=0)

    booking = schedule_release(dialogue, at=at, by=staff_user)

    booking.refresh_from_db()
    assert booking.due_at == at
    assert booking.due_at.utcoffset() == dt.timedelta(0)
    assert booking.booked_by == staff_user
    assert (booking.ran_at, booking.cancelled_at, booking.release) == (None, None, None)
    assert list(upcoming_releases(dialogue)) == [booking]
    entry = AuditEntry.objects.get(action="reports.release.scheduled", target_id=str(booking.pk))
    assert entry.actor == staff_user
    assert entry.data == {"dialogue": dialogue.pk, "due_at": at.astimezone(dt.UTC).isoformat()}


@pytest.mark.parametrize(("delta", "message"), [
    (dt.timedelta(minutes=-1), "This time has already passed: choose a time in the future (UTC)."),
    (dt.timedelta(0), "This time has already passed: choose a time in the future (UTC)."),
    (dt.timedelta(days=400), "Book a release within the next year."),
])
def test_schedule_release_refused_outside_the_coming_year(staff_user, db, delta, message):
    dialogue = small_dialogue()

    with pytest.raises(ReleaseError) as error:
        schedule_release(dialogue, at=timezone.now() + delta, by=staff_user)

    assert str(error.value) == message
    assert not ScheduledRelease.objects.exists()
    assert not AuditEntry.objects.filter(action="reports.release.scheduled").exists()


def test_cancel_scheduled_release_audits_and_leaves_the_list(staff_user, db):
    dialogue = small_dialogue()
    booking = _book(dialogue, staff_user, minutes=30)

    cancel_scheduled_release(booking, by=staff_user)

    booking.refresh_from_db()
    assert booking.cancelled_by == staff_user
    assert booking.cancelled_at is not None
    assert list(upcoming_releases(dialogue)) == []
    entry = AuditEntry.objects.get(action="reports.release.schedule_cancelled", target_id=str(booking.pk))
    assert entry.data == {"dialogue": dialogue.pk, "due_at": booking.due_at.isoformat()}
    with pytest.raises(ReleaseError) as again:
        cancel_scheduled_release(booking, by=staff_user)
    assert str(again.value) == "This booked release was already cancelled."


def test_beat_task_makes_a_due_booking_once_and_leaves_a_future_one(staff_user, db):
    dialogue = small_dialogue()
    before = latest_release(dialogue)
    submission = _one_more_table(dialogue)
    due = _book(dialogue, staff_user, minutes=-1)
    future = _book(dialogue, staff_user, minutes=30)

    release_due_results_task.apply()
    release_due_results_task.apply()

    due.refresh_from_db()
    future.refresh_from_db()
    release = latest_release(dialogue)
    assert release.number == before.number + 1
    assert Release.objects.filter(dialogue=dialogue).count() == before.number + 1
    assert (release.kind, release.released_by) == ("scheduled", staff_user)
    assert release.submissions.filter(pk=submission.pk).exists()
    assert due.release == release
    assert due.ran_at is not None
    assert (future.ran_at, future.release) == (None, None)
    assert list(upcoming_releases(dialogue)) == [future]
    entry = AuditEntry.objects.get(action="reports.release.published", target_id=str(release.pk))
    assert entry.data == {"number": release.number, "kind": "scheduled", "tables": release.tables}


def test_due_booking_with_nothing_new_runs_without_a_release(staff_user, db):
    dialogue = small_dialogue()
    booking = _book(dialogue, staff_user, minutes=-1)

    made = run_due_scheduled_releases()

    booking.refresh_from_db()
    assert made == 0
    assert booking.ran_at is not None
    assert booking.release is None
    assert Release.objects.filter(dialogue=dialogue).count() == 1


def test_two_runs_at_once_release_a_booking_once(staff_user, db):
    """A second worker reading the same due booking before the first one claimed it
    (the list it read is stale) finds it taken and makes nothing."""
    dialogue = small_dialogue()
    _one_more_table(dialogue)
    booking = _book(dialogue, staff_user, minutes=-1)
    now = timezone.now()

    first = run_due_scheduled_releases(now)
    second = _run(booking.pk, now)

    assert first == 1
    assert second is None
    assert Release.objects.filter(dialogue=dialogue, kind="scheduled").count() == 1


def test_cancelled_or_made_booking_is_not_run_and_cannot_be_cancelled(staff_user, db):
    dialogue = small_dialogue()
    _one_more_table(dialogue)
    cancelled = _book(dialogue, staff_user, minutes=-2)
    cancel_scheduled_release(cancelled, by=staff_user)
    made = _book(dialogue, staff_user, minutes=-1)

    assert run_due_scheduled_releases() == 1

    cancelled.refresh_from_db()
    assert (cancelled.ran_at, cancelled.release) == (None, None)
    with pytest.raises(ReleaseError) as error:
        cancel_scheduled_release(made, by=staff_user)
    assert str(error.value) == "This booked release has already been made; it cannot be cancelled."


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks between two connections: PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_workers_release_a_booking_once(staff_user):
    """Worker A has claimed the booking and not committed yet; worker B, reading the
    booking as still due, waits for A's row lock and then finds it taken."""
    dialogue = small_dialogue()
    _one_more_table(dialogue)
    booking = _book(dialogue, staff_user, minutes=-1)
    claimed, results = threading.Event(), {}

    def worker_a():
        try:
            with transaction.atomic():
                results["a"] = _run(booking.pk, timezone.now())
                claimed.set()
                time.sleep(0.5)
        finally:
            claimed.set()
            connections.close_all()

    def worker_b():
        try:
            claimed.wait(10)
            results["b"] = run_due_scheduled_releases()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker_a), threading.Thread(target=worker_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert results["a"].release is not None
    assert results["b"] == 0
    assert Release.objects.filter(dialogue=dialogue, kind="scheduled").count() == 1

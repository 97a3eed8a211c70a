"""A panel draw whose worker died is queued again as soon as its short lease expired,
through the outbox; after the attempt cap it is marked failed with the reason."""

import datetime as dt

import pytest
from django.utils import timezone

from registrations.domain.panels import MAX_ATTEMPTS, QUEUE_DEADLINE, renew_panel_lease, requeue_stalled_runs
from registrations.enums import JobState
from registrations.models import PanelRun
from wetheinternet.core.leases import LEASE
from wetheinternet.core.models import DeferredTask

pytestmark = pytest.mark.django_db


def _run(setup, **values):
    return PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=5, algorithm="legacy", seed=1,
                                   **values)


def test_running_draw_whose_lease_expired_is_queued_again_through_the_outbox(setup):
    now = timezone.now()
    dead = _run(setup, state=JobState.RUNNING, attempts=1, lease_until=now - dt.timedelta(seconds=1))
    alive = _run(setup, state=JobState.RUNNING, attempts=1, lease_until=now + dt.timedelta(seconds=30))

    count = requeue_stalled_runs(now)

    assert count == 1
    assert list(DeferredTask.objects.values_list("task_name", "args")) == [
        ("registrations.tasks.run_panel_selection", [dead.pk])
    ]
    assert alive.pk not in DeferredTask.objects.get().args


def test_queued_draw_is_handed_over_again_once_per_deadline(setup):
    now = timezone.now()
    run = _run(setup)
    PanelRun.objects.filter(pk=run.pk).update(created_at=now - QUEUE_DEADLINE - dt.timedelta(seconds=1))

    first = requeue_stalled_runs(now)
    second = requeue_stalled_runs(now + dt.timedelta(seconds=15))

    run.refresh_from_db()
    assert (first, second) == (1, 0)
    assert run.lease_until == now + QUEUE_DEADLINE


def test_draw_whose_worker_died_at_every_attempt_is_marked_failed(setup):
    now = timezone.now()
    run = _run(setup, state=JobState.RUNNING, attempts=MAX_ATTEMPTS, lease_until=now - dt.timedelta(seconds=1))

    count = requeue_stalled_runs(now)

    run.refresh_from_db()
    assert count == 0
    assert (run.state, run.message) == (
        JobState.FAILED, f"The draw stopped {MAX_ATTEMPTS} times before finishing; it was given up. Try again."
    )
    assert DeferredTask.objects.count() == 0


def test_heartbeat_renews_the_lease_of_a_running_draw_only(setup):
    running = _run(setup, state=JobState.RUNNING, attempts=1, lease_until=timezone.now())
    done = _run(setup, state=JobState.DONE, attempts=1)

    before = timezone.now()
    renew_panel_lease(running.pk)
    renew_panel_lease(done.pk)

    running.refresh_from_db()
    done.refresh_from_db()
    assert running.lease_until >= before + LEASE
    assert done.lease_until is None

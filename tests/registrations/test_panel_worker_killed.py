"""A worker killed (SIGKILL) in the middle of a panel draw: the lease expires, the sweep
queues the draw again and a new worker finishes it within two minutes."""

import time

import pytest
from django.utils import timezone

from registrations.domain.panels import request_panel_selection, requeue_stalled_runs
from registrations.enums import JobState
from registrations.models import PanelRun
from tests.factories.registrations import QuotaTargetFactory, pool_at, registration_world
from tests.worker import WorkerProcess
from wetheinternet.core import outbox

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

BEAT = 15  # seconds between the sweeps of the beat schedule


def _wait(condition, *, timeout, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


def test_panel_draw_whose_worker_was_killed_is_finished_by_another_within_two_minutes(tmp_path):
    world = registration_world()
    pool_at(world.lyon, 120, features=world.features)
    for category, low, high in (("woman", 10, 14), ("man", 10, 14)):
        QuotaTargetFactory(category=world.features["gender"][category], country="FR", min_count=low, max_count=high)
    first = WorkerProcess(tmp_path / "first.log")
    first.wait_until_ready()
    run = request_panel_selection(world.dialogue, country="FR", panel_size=24, reserve_size=4, algorithm="maximin",
                                  by=world.france_member)
    assert _wait(lambda: PanelRun.objects.get(pk=run.pk).state == JobState.RUNNING, timeout=60, step=0.02), \
        first.output()

    first.kill()
    killed = time.monotonic()
    second = WorkerProcess(tmp_path / "second.log")
    try:
        second.wait_until_ready()
        done = False
        while not done and time.monotonic() - killed < 120:
            requeue_stalled_runs(timezone.now())
            outbox.sweep_deferred_tasks(now=timezone.now() + outbox.RETRY_AFTER)
            done = _wait(lambda: PanelRun.objects.get(pk=run.pk).state == JobState.DONE, timeout=BEAT, step=0.5)
        recovered = time.monotonic() - killed
    finally:
        second.stop()

    run.refresh_from_db()
    assert (run.state, run.attempts, run.members.count()) == (JobState.DONE, 2, 28)
    assert recovered < 120

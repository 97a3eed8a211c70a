"""A worker killed (SIGKILL) in the middle of a report: its lease expires, the sweep
queues the job again and a new worker finishes it within two minutes."""

import time

import pytest
from django.utils import timezone

from reports.domain.jobs import launch_reports, sweep_expired_jobs
from reports.enums import JobState
from reports.models import ReportJob
from tests.factories.accounts import StaffFactory
from tests.factories.reports import small_dialogue
from tests.worker import WorkerProcess
from wetheinternet.core import outbox

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

BEAT = 15  # seconds between the sweeps of the beat schedule (reports.schedule, core.schedule)


def _wait(condition, *, timeout, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


def test_report_whose_worker_was_killed_is_finished_by_another_within_two_minutes(tmp_path):
    dialogue = small_dialogue()
    first = WorkerProcess(tmp_path / "first.log")
    first.wait_until_ready()
    launch_reports(dialogue, by=StaffFactory(), scopes=["global"], languages=["en"])
    assert _wait(lambda: ReportJob.objects.get().state == JobState.RUNNING, timeout=60, step=0.05), first.output()

    first.kill()
    killed = time.monotonic()
    second = WorkerProcess(tmp_path / "second.log")
    try:
        second.wait_until_ready()
        # The beat schedule, compressed: both sweeps every BEAT seconds until the job is done.
        done = False
        while not done and time.monotonic() - killed < 120:
            sweep_expired_jobs()
            outbox.sweep_deferred_tasks(now=timezone.now() + outbox.RETRY_AFTER)
            done = _wait(lambda: ReportJob.objects.get().state == JobState.DONE, timeout=BEAT, step=0.5)
        recovered = time.monotonic() - killed
    finally:
        second.stop()

    job = ReportJob.objects.get()
    assert (job.state, job.attempts, job.file_id is not None) == (JobState.DONE, 2, True)
    assert recovered < 120

"""A worker killed (SIGKILL) while it builds the evaluation report: its lease expires,
the report sweep queues the report again and a new worker finishes it (issue 17; the
report used to stay "being built" forever)."""

import time

import pytest
from django.utils import timezone

from analysis.domain.evaluation_report import request_evaluation_report
from analysis.models import EvaluationReport
from reports.domain.jobs import sweep_expired_jobs
from tests.factories.accounts import StaffFactory
from tests.factories.dialogues import DialogueFactory
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


def test_evaluation_report_whose_worker_was_killed_is_finished_by_another(tmp_path):
    dialogue = DialogueFactory(slug="eval-killed", languages=["en"])
    first = WorkerProcess(tmp_path / "first.log")
    first.wait_until_ready()
    report = request_evaluation_report(dialogue, by=StaffFactory(), language="en")
    running = _wait(lambda: EvaluationReport.objects.get().state == "running", timeout=60, step=0.02)
    first.kill()
    assert running, first.output()
    assert EvaluationReport.objects.get().state == "running", "the first worker finished before it was killed"

    killed = time.monotonic()
    second = WorkerProcess(tmp_path / "second.log")
    try:
        second.wait_until_ready()
        done = False
        while not done and time.monotonic() - killed < 120:
            sweep_expired_jobs()
            outbox.sweep_deferred_tasks(now=timezone.now() + outbox.RETRY_AFTER)
            done = _wait(lambda: EvaluationReport.objects.get().state == "done", timeout=BEAT, step=0.5)
        recovered = time.monotonic() - killed
    finally:
        second.stop()

    report.refresh_from_db()
    assert (report.state, report.attempts, report.file_id is not None) == ("done", 2, True), second.output()[-3000:]
    assert recovered < 120

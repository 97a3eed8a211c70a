"""Real Celery workers: one is killed mid-report and the sweep finishes the job; the
``build_reports`` command queues reports and waits for a worker to build them."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from reports.domain.jobs import launch_reports, sweep_expired_jobs
from reports.enums import JobState
from reports.models import ReportJob
from tests.factories.reports import small_dialogue
from tests.worker import ROOT, WorkerProcess, database_url

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


class SoloWorker(WorkerProcess):
    """A worker that runs tasks in its own process (solo pool), in its own process
    group, so that killing it really stops the report half-way."""

    def __init__(self, log_path):
        self.log_path = log_path
        env = {key: value for key, value in os.environ.items() if key != "PYTEST_VERSION"}
        env.update(DATABASE_URL=database_url(connection.settings_dict),
                   CELERY_TASK_DEFAULT_QUEUE=settings.CELERY_TASK_DEFAULT_QUEUE, MEDIA_ROOT=str(settings.MEDIA_ROOT))
        command = [sys.executable, "-m", "celery", "-A", "wetheinternet", "worker", "--loglevel=INFO", "--pool=solo",
                   "-Q", settings.CELERY_TASK_DEFAULT_QUEUE, "--without-gossip", "--without-mingle",
                   "--without-heartbeat", "-n", f"solo-{os.getpid()}-{time.monotonic_ns()}@%h"]
        self.log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


@pytest.fixture
def solo_worker_factory(tmp_path):
    workers = []

    def start():
        worker = SoloWorker(tmp_path / f"worker-{len(workers)}.log")
        workers.append(worker)
        worker.wait_until_ready()
        return worker

    yield start
    for worker in workers:
        worker.stop()


def job_state(job_id):
    return ReportJob.objects.values_list("state", "progress", "attempts").get(pk=job_id)


def test_worker_killed_mid_report_then_sweep_finishes_the_job(solo_worker_factory, staff_user):
    dialogue = small_dialogue()
    worker = solo_worker_factory()
    [job] = launch_reports(dialogue, by=staff_user, scopes=["global"], languages=["en"])

    worker.wait_for(lambda: job_state(job.pk)[0] == JobState.RUNNING, timeout=120, what="job running")
    worker.kill()
    stuck = job_state(job.pk)
    later = timezone.now() + dt.timedelta(minutes=5)
    requeued = sweep_expired_jobs(now=later)
    second = solo_worker_factory()
    second.wait_for(lambda: job_state(job.pk)[0] == JobState.DONE, timeout=240, what="job done")

    job.refresh_from_db()
    assert stuck[0] == JobState.RUNNING and stuck[1] < 100
    assert requeued == (1, 0)
    assert (job.state, job.progress, job.attempts) == (JobState.DONE, 100, 2)
    assert job.file.file.open("rb").read(5) == b"%PDF-"


def test_build_reports_command_waits_for_the_workers(celery_worker_process, capsys):
    dialogue = small_dialogue()

    call_command("build_reports", dialogue.slug, "--scope", "global", "--language", "fr", "--timeout", "300")

    job = ReportJob.objects.get(dialogue=dialogue)
    assert (job.scope, job.area, job.language, job.state) == ("global", "world", "fr", JobState.DONE)
    assert job.file.filename == "tiny-global-world-fr.pdf"
    assert "1 reports done in" in capsys.readouterr().out

"""With the broker (Redis) unreachable, pages still answer and the work they commit is
not lost: the data-rights link is e-mailed and the reports are built once the broker
is back. The test runs a Redis server of its own (never the shared one), stops it and
starts it again on the same port, with a real worker process."""

import time

import pytest
from django.utils import timezone

from reports.enums import JobState
from reports.models import ReportJob
from tests.factories.accounts import StaffFactory
from tests.factories.registrations import RegistrantFactory
from tests.factories.reports import small_dialogue
from tests.helpers import signed_in
from tests.worker import WorkerProcess
from wetheinternet.celery import app
from wetheinternet.core import outbox
from wetheinternet.core.models import AuditEntry, DeferredTask

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def broker(own_redis, monkeypatch):
    """This process and its worker use ``own_redis`` as the broker."""
    monkeypatch.setitem(app.conf, "broker_url", own_redis.url(0))
    monkeypatch.setitem(app.conf, "broker_transport_options", {"socket_connect_timeout": 2})
    app._pool = None
    app.amqp._producer_pool = None
    yield own_redis
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def worker(broker, tmp_path):
    process = WorkerProcess(tmp_path / "worker.log", extra_env={"CELERY_BROKER_URL": broker.url(0)})
    try:
        process.wait_until_ready()
        yield process
    finally:
        process.stop()


def _sweep_as_beat_would():
    """What the beat schedule runs every 15 seconds, with the retry delay passed."""
    return outbox.sweep_deferred_tasks(now=timezone.now() + outbox.RETRY_AFTER)


def test_rights_link_asked_while_the_broker_is_down_is_emailed_once_it_is_back(client, broker, worker):
    person = RegistrantFactory(email="ines@example.net")
    broker.stop()

    response = client.post("/en/my-data/new-link/", {"identifier": "ines@example.net"}, follow=True)

    assert response.status_code == 200
    assert "If we hold data under what you typed, a new link is on its way" in response.content.decode()
    entry = DeferredTask.objects.get()
    assert (entry.task_name, entry.args, entry.handed_over_at) == ("registrations.tasks.send_rights_link",
                                                                  [person.pk], None)
    broker.start()
    back = time.monotonic()
    assert _sweep_as_beat_would() == (1, 0)
    worker.wait_for(lambda: AuditEntry.objects.filter(action="registrations.rights_link.sent").exists(),
                    timeout=90, what="the rights link e-mail")
    recovered = time.monotonic() - back

    entry.refresh_from_db()
    assert entry.done_at is not None
    sent = AuditEntry.objects.get(action="registrations.rights_link.sent")
    assert sent.target_id == str(person.pk)  # written by the worker once the e-mail was sent
    assert recovered < 60


def test_reports_launched_while_the_broker_is_down_are_queued_then_built_once_it_is_back(client, broker, worker):
    dialogue = small_dialogue()
    signed_in(client, StaffFactory())
    broker.stop()

    response = client.post(f"/en/reports/{dialogue.slug}/manage/launch/",
                           {"scopes": ["global"], "languages": ["en"]}, follow=True)

    assert response.status_code == 200
    assert "1 reports are queued: the workers build them one after another." in response.content.decode()
    job = ReportJob.objects.get()
    assert job.state == JobState.QUEUED
    broker.start()
    assert _sweep_as_beat_would() == (1, 0)
    worker.wait_for(lambda: ReportJob.objects.get().state == JobState.DONE, timeout=120, what="the report")

    job.refresh_from_db()
    assert (job.state, job.attempts, job.file_id is not None) == (JobState.DONE, 1, True)
    assert DeferredTask.objects.filter(done_at__isnull=True).count() == 0

"""The outbox: work recorded with the change, handed to the broker after commit, handed
over again by the sweep when the broker did not take it, given up after the cap."""

import datetime as dt
import subprocess
import sys

import pytest
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from wetheinternet.core import outbox
from wetheinternet.core.models import DeferredTask
from wetheinternet.core.tasks import clear_expired_sessions

pytestmark = pytest.mark.django_db


def _expired_session():
    return Session.objects.create(session_key="k" * 32, session_data="", expire_date=timezone.now() - dt.timedelta(days=1))


def test_deferred_task_is_recorded_at_once_and_handed_over_only_after_commit(eager_tasks,
                                                                             django_capture_on_commit_callbacks):
    _expired_session()
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        entry = outbox.defer("wetheinternet.core.tasks.clear_expired_sessions")

    assert DeferredTask.objects.get().handed_over_at is None
    assert Session.objects.count() == 1
    callbacks[0]()
    entry.refresh_from_db()
    assert (entry.attempts, entry.error) == (1, "")
    assert None not in (entry.handed_over_at, entry.taken_at, entry.done_at)
    assert Session.objects.count() == 0


def test_a_task_name_no_module_registers_is_refused_before_anything_is_recorded():
    with pytest.raises(outbox.UnknownTask):
        outbox.defer("registrations.tasks.send_registration_confirmaton", 1)

    assert not DeferredTask.objects.exists()


def test_a_task_is_found_by_name_in_a_process_that_never_imported_its_module():
    code = (
        "import django, sys; django.setup(); "
        "from wetheinternet.core.outbox import _check_registered; "
        "assert 'reports.tasks' not in sys.modules; "
        "_check_registered('reports.tasks.warm_open_data_task'); print('registered')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)

    assert result.stdout.strip() == "registered", result.stderr


def test_work_is_kept_when_the_broker_refuses_and_the_caller_does_not_fail(broker_refuses,
                                                                           django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        entry = outbox.defer("wetheinternet.core.tasks.clear_expired_sessions")

    entry.refresh_from_db()
    assert (entry.attempts, entry.handed_over_at, entry.taken_at) == (1, None, None)
    assert entry.error == "OperationalError: Error 111 connecting to 127.0.0.1:6379. Connection refused."


def test_sweep_hands_over_again_what_the_broker_refused_once_it_is_back(monkeypatch, eager_tasks,
                                                                        django_capture_on_commit_callbacks):
    from wetheinternet.core.tasks import run_deferred_task

    _expired_session()
    real_apply_async = run_deferred_task.apply_async
    monkeypatch.setattr(run_deferred_task, "apply_async", lambda *a, **k: (_ for _ in ()).throw(ConnectionError("down")))
    with django_capture_on_commit_callbacks(execute=True):
        entry = outbox.defer("wetheinternet.core.tasks.clear_expired_sessions")
    monkeypatch.setattr(run_deferred_task, "apply_async", real_apply_async)

    too_soon = outbox.sweep_deferred_tasks(now=timezone.now())
    later = outbox.sweep_deferred_tasks(now=timezone.now() + outbox.RETRY_AFTER + dt.timedelta(seconds=1))

    entry.refresh_from_db()
    assert (too_soon, later) == ((0, 0), (1, 0))
    assert entry.attempts == 2
    assert entry.done_at is not None
    assert Session.objects.count() == 0


def test_sweep_gives_up_after_the_attempt_cap(broker_refuses):
    entry = DeferredTask.objects.create(task_name=clear_expired_sessions.name, attempts=outbox.MAX_ATTEMPTS,
                                        last_attempt_at=timezone.now() - dt.timedelta(minutes=1))

    handed, given_up = outbox.sweep_deferred_tasks()

    entry.refresh_from_db()
    assert (handed, given_up) == (0, 1)
    assert entry.failed_at is not None


def test_message_the_broker_lost_is_handed_over_again_after_the_lost_delay(eager_tasks):
    sent = timezone.now() - outbox.LOST_AFTER - dt.timedelta(seconds=1)
    entry = DeferredTask.objects.create(task_name=clear_expired_sessions.name, attempts=1, last_attempt_at=sent,
                                        handed_over_at=sent)
    recent = DeferredTask.objects.create(task_name=clear_expired_sessions.name, attempts=1,
                                         last_attempt_at=timezone.now(), handed_over_at=timezone.now())

    handed, _given_up = outbox.sweep_deferred_tasks()

    entry.refresh_from_db()
    recent.refresh_from_db()
    assert handed == 1
    assert entry.done_at is not None
    assert (recent.attempts, recent.done_at) == (1, None)


def test_a_task_delivered_twice_runs_once():
    _expired_session()
    entry = DeferredTask.objects.create(task_name=clear_expired_sessions.name)

    first = outbox.run_deferred(entry.pk)
    _expired_session()
    second = outbox.run_deferred(entry.pk)

    assert (first, second) == (True, False)
    assert Session.objects.count() == 1


def test_a_failing_task_keeps_its_error_and_is_not_done(monkeypatch):
    entry = DeferredTask.objects.create(task_name=clear_expired_sessions.name)
    monkeypatch.setattr(clear_expired_sessions, "run", lambda: 1 / 0)

    with pytest.raises(ZeroDivisionError):
        outbox.run_deferred(entry.pk)

    entry.refresh_from_db()
    assert (entry.error, entry.done_at) == ("ZeroDivisionError: division by zero", None)


def test_sweep_stops_at_the_first_refusal_while_the_broker_is_away(broker_refuses):
    old = timezone.now() - dt.timedelta(minutes=1)
    for _ in range(3):
        DeferredTask.objects.create(task_name=clear_expired_sessions.name, created_at=old)

    handed, given_up = outbox.sweep_deferred_tasks()

    assert (handed, given_up) == (0, 0)
    assert sorted(DeferredTask.objects.values_list("attempts", flat=True)) == [0, 0, 1]

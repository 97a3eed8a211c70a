"""Work that must happen after a commit, never lost when the broker is away.

``defer("app.tasks.name", *args)`` records a DeferredTask row in the current transaction and hands
the task to the broker once the transaction commits. If the broker does not take it
(Redis down, a full disk, the process stopped between commit and hand-over), the row
stays and ``sweep_deferred_tasks`` (beat, every 15 seconds) hands it over again; a
message the broker accepted but that no worker started within ``LOST_AFTER`` (a broker
restarted without its data) is handed over again too. After ``MAX_ATTEMPTS`` the row is
marked failed with the error, for staff to see in the admin console.

The worker runs the task through ``run_deferred_task``, which marks the row taken, then
done. Tasks are idempotent (ids in, state checked), so a task handed over twice is
harmless. This is the only way work is queued after a commit: never ``delay`` in
``on_commit``. The task is named, not imported: a domain function queues its app's task
without importing ``tasks.py`` (which imports the domain), so the layers stay one-way."""

import datetime as dt
import logging
from functools import partial

from celery import current_app
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .models import DeferredTask

logger = logging.getLogger(__name__)

RETRY_AFTER = dt.timedelta(seconds=10)  # a failed hand-over is tried again by the next sweep after this
LOST_AFTER = dt.timedelta(minutes=10)  # accepted by the broker but started by no worker: lost
MAX_ATTEMPTS = 10


class UnknownTask(LookupError):
    """``defer`` was given a name that no task module registers (a typo or a renamed task)."""


def defer(task_name, *args):
    """Record the task registered as ``task_name`` (``"registrations.tasks.send_rights_link"``)
    with ``args`` (plain, JSON-serialisable values) and hand it to the broker after the
    current transaction commits. Returns the DeferredTask. Raises ``UnknownTask`` at once
    for a name no task module registers, so a typo fails the caller, not a worker later."""
    _check_registered(task_name)
    entry = DeferredTask.objects.create(task_name=task_name, args=list(args))
    transaction.on_commit(partial(hand_over, entry.pk), robust=True)
    return entry


def _check_registered(task_name):
    if task_name not in current_app.tasks:
        current_app.loader.import_default_modules()  # imports every app's tasks.py once
    if task_name not in current_app.tasks:
        raise UnknownTask(task_name)


class BrokerAway(Exception):
    """The broker refused a hand-over: the sweep stops and tries again later."""


def hand_over(entry_id, *, now=None):
    """Give entry ``entry_id`` to the broker. True if the broker took it; a refusal is
    recorded on the row (the sweep tries again), never raised."""
    try:
        return _hand_over(entry_id, now or timezone.now())
    except BrokerAway:
        return False


def _hand_over(entry_id, now):
    claimed = DeferredTask.objects.filter(pk=entry_id, taken_at__isnull=True, failed_at__isnull=True).update(
        attempts=F("attempts") + 1, last_attempt_at=now
    )
    if not claimed:
        return False
    from .tasks import run_deferred_task  # the task module imports this one

    try:
        run_deferred_task.apply_async((entry_id,))
    except Exception as error:  # noqa: BLE001 - whatever the broker raised, the row keeps the work
        logger.warning("deferred task %s not handed over: %s", entry_id, type(error).__name__)
        DeferredTask.objects.filter(pk=entry_id).update(error=f"{type(error).__name__}: {error}"[:2000])
        raise BrokerAway from error
    DeferredTask.objects.filter(pk=entry_id, handed_over_at__isnull=True).update(handed_over_at=now)
    return True


def run_deferred(entry_id):
    """The worker's part: run the recorded task unless it is done already. Exceptions
    propagate (the task's retries apply); the row keeps the last error."""
    entry = DeferredTask.objects.filter(pk=entry_id, done_at__isnull=True).first()
    if entry is None:
        logger.info("deferred task %s already done or gone", entry_id)
        return False
    DeferredTask.objects.filter(pk=entry_id, taken_at__isnull=True).update(taken_at=timezone.now())
    try:
        current_app.tasks[entry.task_name](*entry.args)
    except Exception as error:
        DeferredTask.objects.filter(pk=entry_id).update(error=f"{type(error).__name__}: {error}"[:2000])
        raise
    DeferredTask.objects.filter(pk=entry_id).update(done_at=timezone.now(), error="")
    return True


def sweep_deferred_tasks(*, now=None):
    """Hand over again what the broker did not take (after ``RETRY_AFTER``) or lost
    (not started after ``LOST_AFTER``); give up after ``MAX_ATTEMPTS``. Stops at the
    first refusal (the broker is away: each refusal costs about a second). Returns
    (handed over, given up)."""
    now = now or timezone.now()
    waiting = DeferredTask.objects.filter(taken_at__isnull=True, failed_at__isnull=True).filter(
        Q(last_attempt_at__isnull=True, created_at__lt=now - RETRY_AFTER)
        | Q(handed_over_at__isnull=True, last_attempt_at__lt=now - RETRY_AFTER)
        | Q(handed_over_at__isnull=False, last_attempt_at__lt=now - LOST_AFTER)
    )
    given_up = waiting.filter(attempts__gte=MAX_ATTEMPTS).update(failed_at=now)
    handed = 0
    for pk in waiting.filter(attempts__lt=MAX_ATTEMPTS).values_list("pk", flat=True):
        try:
            handed += _hand_over(pk, now)
        except BrokerAway:
            break
    return handed, given_up

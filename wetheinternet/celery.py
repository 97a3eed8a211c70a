"""The Celery application.

Task conventions (see docs/structure.md): a task takes ids and plain values, fetches
its objects, calls one domain function and logs. Tasks are queued with
``wetheinternet.core.outbox.defer("app.tasks.name", *ids)``: recorded in the transaction, handed
to the broker after it commits and again by a sweep if the broker was away (never
``delay`` in ``on_commit``). They are acknowledged late so that a task lost with its
worker is delivered again, and idempotent so that running twice is harmless. Use ``domain_task`` to get these defaults.
"""

import os

from celery import Celery, shared_task
from django.db import InterfaceError, OperationalError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetheinternet.settings")

app = Celery("wetheinternet")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.autodiscover_tasks(["wetheinternet.core"])

TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


def domain_task(*args, **options):
    """``shared_task`` with the project's defaults: late acks, retries with backoff on
    transient infrastructure errors (database or broker hiccups), bounded attempts."""
    defaults = {
        "acks_late": True,
        "autoretry_for": TRANSIENT_ERRORS,
        "retry_backoff": True,
        "retry_backoff_max": 300,
        "retry_jitter": True,
        "max_retries": 5,
    }
    defaults.update(options)
    return shared_task(*args, **defaults)

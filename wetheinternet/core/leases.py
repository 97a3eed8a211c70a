"""Leases of long jobs (report builds, panel draws): a job row says which worker holds
it until when; the worker renews the lease while it works (``heartbeat``), and a sweep
re-queues jobs whose lease expired because their worker died. With ``LEASE`` at 45
seconds, a renewal every 15 and the sweeps every 15, a dead worker's job is queued
again within about a minute (docs/faults.md)."""

import datetime as dt
import logging
import threading
from contextlib import contextmanager

from django.db import connection

logger = logging.getLogger(__name__)

LEASE = dt.timedelta(seconds=45)
RENEW_EVERY = 15  # seconds


@contextmanager
def heartbeat(renew, *, every=RENEW_EVERY):
    """Call ``renew()`` every ``every`` seconds in a background thread while the block
    runs (a slow step without progress reports keeps its lease). The thread uses its own
    database connection and closes it; a failed renewal is logged, not raised."""
    stop = threading.Event()

    def beat():
        try:
            while not stop.wait(every):
                try:
                    renew()
                except Exception:  # noqa: BLE001 - the work goes on; the next beat tries again
                    logger.exception("lease renewal failed")
        finally:
            connection.close()

    thread = threading.Thread(target=beat, name="lease-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=every)

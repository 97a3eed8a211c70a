"""The heartbeat renews a lease while the work runs, from its own thread, and stops."""

import threading
import time

from wetheinternet.core.leases import heartbeat


def test_heartbeat_renews_while_the_block_runs_and_stops_after():
    beats = []

    with heartbeat(lambda: beats.append(threading.current_thread().name), every=0.05):
        time.sleep(0.3)
    count = len(beats)
    time.sleep(0.15)

    assert count >= 3
    assert len(beats) == count
    assert set(beats) == {"lease-heartbeat"}


def test_a_failed_renewal_does_not_stop_the_work_nor_the_next_beats():
    calls = []

    def renew():
        calls.append(1)
        raise RuntimeError("database briefly away")

    with heartbeat(renew, every=0.05):
        time.sleep(0.25)

    assert len(calls) >= 3

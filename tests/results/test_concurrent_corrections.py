"""Corrections and retries at the same moment, on real connections (PostgreSQL: SQLite
serialises writers, so nothing runs at once there): one correction wins, the other is a
conflict; the same submission sent twice at once is stored once; no count is lost or
doubled in the one-row shape."""

import threading

import pytest
from django.db import connection, connections

from results.domain import ResultConflict, storage, submit_table_result
from results.models import ResultSubmission

from .fixtures import counts_payload, new_id

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"),
]


def _at_once(*jobs):
    """Run ``jobs`` in threads released together; return what each returned or raised."""
    barrier, results = threading.Barrier(len(jobs)), [None] * len(jobs)

    def run(index, job):
        try:
            barrier.wait()
            results[index] = job()
        except Exception as error:  # noqa: BLE001 - the test compares what each got
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n, job)) for n, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _submit(setting, payload, client_id, replaces=None):
    return lambda: submit_table_result(setting.table, setting.topic, by=setting.note_taker, payload=payload,
                                       client_id=client_id, replaces=replaces)


def test_two_corrections_at_once_one_wins_the_other_is_a_conflict(setting):
    first, _ = submit_table_result(setting.table, setting.topic, by=setting.note_taker,
                                   payload=counts_payload(setting), client_id=new_id())

    outcomes = _at_once(
        _submit(setting, counts_payload(setting, present=6), new_id(), replaces=first.client_id),
        _submit(setting, counts_payload(setting, present=5), new_id(), replaces=first.client_id),
    )

    kinds = sorted(type(outcome).__name__ for outcome in outcomes)
    current = ResultSubmission.objects.current().get()
    assert kinds == ["ResultConflict", "tuple"]
    assert ResultSubmission.objects.count() == 2
    assert current.replaces_id == first.pk
    assert storage.totals([current]) == storage.totals([first])  # the same counts, not doubled
    assert any(isinstance(outcome, ResultConflict) for outcome in outcomes)


def test_the_same_submission_sent_twice_at_once_is_stored_once(setting):
    client_id = new_id()
    payload = counts_payload(setting)

    outcomes = _at_once(_submit(setting, payload, client_id), _submit(setting, payload, client_id))

    stored = ResultSubmission.objects.get()
    assert sorted(created for _submission, created in outcomes) == [False, True]
    assert {submission.pk for submission, _created in outcomes} == {stored.pk}
    assert sum(count for _q, _o, count in storage.count_rows(stored)) == 5 + 3 + 5

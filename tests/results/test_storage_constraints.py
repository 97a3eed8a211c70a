"""On PostgreSQL the JSON columns refuse impossible values, whatever code writes them
(SQLite keeps the domain's checks only: see the migration 0003_compact_result_storage)."""

import pytest
from django.db import IntegrityError, connection, transaction

from tests.factories.dialogues import TableFactory, TopicFactory
from tests.factories.results import ResultSubmissionFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="CHECK constraints on JSON need PostgreSQL"),
]

BALLOT = {"seat": 1, "key": 5, "answers": [[1, None]], "categories": []}


@pytest.mark.parametrize(
    ("entry_mode", "counts", "ballots"),
    [
        ("counts", {"1": [[2, -1, 5]]}, []),  # a negative count
        ("counts", {"1": [[2, 3, 256]]}, []),  # a record key out of range
        ("counts", {"1": [[2, 3]]}, []),  # a count without its key
        ("counts", {"1": 3}, []),  # not a list of counts
        ("counts", [], []),  # not an object
        ("ballots", {}, [BALLOT | {"seat": 0}]),  # seats count from 1
        ("ballots", {}, [{"seat": 1, "key": 5, "answers": []}]),  # no categories list
        ("counts", {}, [BALLOT]),  # ballots on a show of hands
    ],
)
def test_impossible_content_is_refused_by_the_database(entry_mode, counts, ballots):
    table = TableFactory()
    topic = TopicFactory(dialogue=table.site.partner.dialogue)

    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        ResultSubmissionFactory(table=table, topic=topic, entry_mode=entry_mode, counts=counts, ballots=ballots)

    assert "violates check constraint" in str(refused.value)


def test_possible_content_is_stored():
    table = TableFactory()
    stored = ResultSubmissionFactory(table=table, topic=TopicFactory(dialogue=table.site.partner.dialogue),
                                     entry_mode="ballots", counts={"1": [[2, 3, 255], [None, 0, 0]]}, ballots=[BALLOT])

    assert stored.pk is not None

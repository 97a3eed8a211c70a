"""The API's answer to a submission is built as a plain dict (``submission_answer``,
cheaper than the serializer); it must be exactly what ``SubmissionAnswerSerializer``,
which documents the API, gives."""

import datetime as dt

import pytest
import rest_framework.views  # noqa: F401 - first, as in the app: DRF's views load the project's parser
from django.utils import timezone

from results.api.serializers import SubmissionAnswerSerializer, submission_answer
from tests.factories.dialogues import TableFactory, TopicFactory
from tests.factories.results import ResultSubmissionFactory

pytestmark = pytest.mark.django_db


def _both(submission, **kwargs):
    serializer = SubmissionAnswerSerializer({**kwargs, "submission": submission})
    return submission_answer(submission, **kwargs), dict(serializer.data)


def test_first_submission_answer_is_the_serializers():
    table = TableFactory()
    submission = ResultSubmissionFactory(table=table, topic=TopicFactory(dialogue=table.site.partner.dialogue))

    fast, documented = _both(submission, already_received=False, message="Result received.")

    assert fast == documented


def test_correction_superseded_and_rejected_answer_is_the_serializers():
    table = TableFactory()
    first = ResultSubmissionFactory(table=table, topic=TopicFactory(dialogue=table.site.partner.dialogue),
                                    superseded_at=timezone.now() - dt.timedelta(minutes=5))
    correction = ResultSubmissionFactory(
        table=first.table, topic=first.topic, replaces=first, state="rejected", rejection_reason="Illegible photo",
        superseded_at=timezone.now(),
    )

    fast, documented = _both(correction, already_received=True, message="Already received.")

    assert fast == documented
    assert fast["submission"]["replaces"] == str(first.client_id)

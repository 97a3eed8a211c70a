"""API shapes for result entry. Types and sizes are checked here; whether the content
adds up (options of the question, counts within the people present) is the domain's job."""

import re
import uuid

from rest_framework import serializers

from dialogues.enums import QuestionKind, QuestionMode
from wetheinternet.core.api import WholeNumberField

from ..enums import EntryMode, ResultState

MAX_ID = 2**31 - 1
LIST_LIMIT = 500


def _id(**kwargs):
    return WholeNumberField(min_value=1, max_value=MAX_ID, **kwargs)


class BallotAnswerInSerializer(serializers.Serializer):
    question = _id()
    options = serializers.ListField(child=_id(), max_length=50, help_text="Empty: abstained or blank.")


class BallotInSerializer(serializers.Serializer):
    seat = WholeNumberField(min_value=1, max_value=100)
    answers = BallotAnswerInSerializer(many=True, max_length=200)


class CountInSerializer(serializers.Serializer):
    question = _id()
    option = _id(allow_null=True, help_text="null: abstained or blank.")
    count = WholeNumberField(min_value=0, max_value=10000)


class OpenAnswerInSerializer(serializers.Serializer):
    question = _id()
    text = serializers.CharField(max_length=2000, trim_whitespace=True)
    rank = WholeNumberField(min_value=1, max_value=100, required=False, allow_null=True, default=None)


class SubmissionInSerializer(serializers.Serializer):
    client_id = serializers.UUIDField(help_text="Made by the client; the same id is stored once.")
    replaces = serializers.UUIDField(required=False, allow_null=True, default=None,
                                     help_text="Client id of the result this one corrects.")
    people_present = WholeNumberField(min_value=0, max_value=1000)
    entry_mode = serializers.ChoiceField(choices=EntryMode.choices)
    ballots = BallotInSerializer(many=True, required=False, default=list, max_length=LIST_LIMIT)
    counts = CountInSerializer(many=True, required=False, default=list, max_length=LIST_LIMIT)
    open_answers = OpenAnswerInSerializer(many=True, required=False, default=list, max_length=LIST_LIMIT)


# --- the common case, read without DRF's machinery ------------------------------------
# DRF's nested serializers cost more Python than the rest of storing a result (every
# field is deep-copied for every ballot and answer). ``read_submission`` reads a body
# that is valid by ``SubmissionInSerializer`` into the same validated data, with plain
# code; for anything else it answers None and the serializer reads the body, so every
# refusal keeps DRF's messages and shapes. It never accepts what the serializer refuses
# (tests/results/api/test_read_submission.py compares them on random bodies).

ENTRY_MODES = frozenset(EntryMode.values)
UNSTORABLE = re.compile("[\\x00\\ud800-\\udfff]")  # DRF's CharField refuses NUL and lone surrogates


class _Unread(Exception):
    """The body is not in the plain shape ``read_submission`` reads: the serializer decides."""


def _whole(value, low, high):
    if type(value) is not int or not low <= value <= high:
        raise _Unread
    return value


def _uuid(value):
    if type(value) is not str:
        raise _Unread
    try:
        return uuid.UUID(hex=value)
    except ValueError:
        raise _Unread from None


def _items(value, limit):
    if type(value) is not list or len(value) > limit:
        raise _Unread
    for item in value:
        if type(item) is not dict:
            raise _Unread
    return value


def _ballot(item):
    answers = [
        {"question": _whole(answer["question"], 1, MAX_ID),
         "options": [_whole(option, 1, MAX_ID) for option in _ids(answer["options"])]}
        for answer in _items(item["answers"], 200)
    ]
    return {"seat": _whole(item["seat"], 1, 100), "answers": answers}


def _ids(value):
    if type(value) is not list or len(value) > 50:
        raise _Unread
    return value


def _count(item):
    option = item["option"]
    return {"question": _whole(item["question"], 1, MAX_ID),
            "option": None if option is None else _whole(option, 1, MAX_ID),
            "count": _whole(item["count"], 0, 10000)}


def _open_answer(item):
    text, rank = item["text"], item.get("rank")
    if type(text) is not str:
        raise _Unread
    text = text.strip()
    if not text or len(text) > 2000 or UNSTORABLE.search(text):
        raise _Unread
    return {"question": _whole(item["question"], 1, MAX_ID), "text": text,
            "rank": None if rank is None else _whole(rank, 1, 100)}


def read_submission(data):
    """The validated data of ``SubmissionInSerializer`` for ``data`` when it is a plain
    valid body, else None (then use the serializer: it reads or refuses the rest)."""
    if type(data) is not dict:
        return None
    try:
        replaces = data.get("replaces")
        entry_mode = data["entry_mode"]
        if type(entry_mode) is not str or entry_mode not in ENTRY_MODES:
            raise _Unread
        return {
            "client_id": _uuid(data["client_id"]),
            "replaces": None if replaces is None else _uuid(replaces),
            "people_present": _whole(data["people_present"], 0, 1000),
            "entry_mode": entry_mode,
            "ballots": [_ballot(item) for item in _items(data.get("ballots", []), LIST_LIMIT)],
            "counts": [_count(item) for item in _items(data.get("counts", []), LIST_LIMIT)],
            "open_answers": [_open_answer(item) for item in _items(data.get("open_answers", []), LIST_LIMIT)],
        }
    except (_Unread, KeyError):
        return None


class SubmissionOutSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    client_id = serializers.UUIDField()
    replaces = serializers.UUIDField(source="replaces.client_id", allow_null=True, default=None)
    table = serializers.IntegerField(source="table_id")
    session = serializers.IntegerField(source="topic_id")
    people_present = serializers.IntegerField()
    entry_mode = serializers.ChoiceField(choices=EntryMode.choices)
    state = serializers.ChoiceField(choices=ResultState.choices)
    rejection_reason = serializers.CharField()
    submitted_at = serializers.DateTimeField()
    superseded_at = serializers.DateTimeField(allow_null=True)


class SubmissionAnswerSerializer(serializers.Serializer):
    already_received = serializers.BooleanField()
    message = serializers.CharField()
    submission = SubmissionOutSerializer()


_DATETIME = serializers.DateTimeField()


def submission_answer(submission, *, already_received, message):
    """``SubmissionAnswerSerializer``'s data for the answer to a submission, built
    without the serializer (the same keys, values and formats; the API's documented
    shape stays that serializer's): building the serializer cost more than the answer."""
    replaces = submission.replaces_id and submission.replaces.client_id
    superseded_at = submission.superseded_at
    return {
        "already_received": already_received,
        "message": str(message),
        "submission": {
            "id": submission.pk,
            "client_id": str(submission.client_id),
            "replaces": None if replaces is None else str(replaces),
            "table": submission.table_id,
            "session": submission.topic_id,
            "people_present": submission.people_present,
            "entry_mode": submission.entry_mode,
            "state": submission.state,
            "rejection_reason": submission.rejection_reason,
            "submitted_at": _DATETIME.to_representation(submission.submitted_at),
            "superseded_at": None if superseded_at is None else _DATETIME.to_representation(superseded_at),
        },
    }


class OptionOutSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    label = serializers.CharField()


class QuestionOutSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    kind = serializers.ChoiceField(choices=QuestionKind.choices)
    mode = serializers.ChoiceField(choices=QuestionMode.choices)
    text = serializers.CharField()
    allows_abstention = serializers.BooleanField()
    max_answers = serializers.IntegerField(allow_null=True)
    options = OptionOutSerializer(many=True, source="options.all")


class SessionQuestionsSerializer(serializers.Serializer):
    session = serializers.IntegerField()
    title = serializers.CharField()
    language = serializers.CharField()
    questions = QuestionOutSerializer(many=True)


class SessionStateSerializer(serializers.Serializer):
    session = serializers.IntegerField(source="topic.pk")
    title = serializers.CharField(source="topic.title")
    starts_at = serializers.DateTimeField(allow_null=True)
    state = serializers.CharField()
    current = serializers.UUIDField(source="submission.client_id", allow_null=True, default=None)


class MyTableSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="table.pk")
    number = serializers.IntegerField(source="table.number")
    language = serializers.CharField(source="table.language")
    seats = serializers.IntegerField(source="table.capacity")
    site = serializers.CharField(source="table.site.name")
    time_zone = serializers.CharField(source="table.site.time_zone")
    sessions = SessionStateSerializer(many=True, source="cells")


class SessionProgressSerializer(serializers.Serializer):
    session = serializers.IntegerField()
    tables = serializers.IntegerField()
    sent = serializers.IntegerField()
    confirmed = serializers.IntegerField()
    people = serializers.IntegerField()


class SiteProgressSerializer(serializers.Serializer):
    site = serializers.IntegerField()
    name = serializers.CharField()
    country = serializers.CharField()
    sessions = SessionProgressSerializer(many=True)

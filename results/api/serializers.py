"""API shapes for result entry. Types and sizes are checked here; whether the content
adds up (options of the question, counts within the people present) is the domain's job."""

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

"""The questions of one topic session, as result entry needs them."""

from dataclasses import dataclass, field

from ...enums import QuestionKind
from ...models import Question

DEFAULT_OPEN_ANSWERS = 5
MAX_OPEN_ANSWER_LENGTH = 2000


@dataclass
class SessionQuestions:
    """Current questions of a topic, split as the entry form shows them."""

    closed: list = field(default_factory=list)
    open: list = field(default_factory=list)
    by_id: dict = field(default_factory=dict)
    option_ids: dict = field(default_factory=dict)  # question id -> set of its option ids

    def closed_by_id(self, question_id):
        question = self.by_id.get(question_id)
        return question if question is not None and question.is_closed else None

    def open_by_id(self, question_id):
        question = self.by_id.get(question_id)
        return question if question is not None and not question.is_closed else None


def session_questions(topic):
    """Load the current questions and options of ``topic`` in two queries."""
    questions = list(
        Question.objects.filter(topic=topic, is_current=True).order_by("position", "id").prefetch_related("options")
    )
    result = SessionQuestions()
    for question in questions:
        (result.closed if question.is_closed else result.open).append(question)
        result.by_id[question.pk] = question
        result.option_ids[question.pk] = {option.pk for option in question.options.all()}
    return result


def open_answer_limit(question):
    return question.max_answers or DEFAULT_OPEN_ANSWERS


def most_choices(question):
    """How many options one person may choose."""
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return question.max_answers or len(question.options.all())
    return 1

"""The questions of one topic session, as result entry needs them."""

from dataclasses import dataclass, field

from dialogues.enums import QuestionKind
from dialogues.models import Question

DEFAULT_OPEN_ANSWERS = 5
MAX_OPEN_ANSWER_LENGTH = 2000


@dataclass
class SessionQuestions:
    """Current questions of a topic, split as the entry form shows them."""

    closed: list = field(default_factory=list)
    open: list = field(default_factory=list)
    by_id: dict = field(default_factory=dict)
    option_ids: dict = field(default_factory=dict)  # question id -> set of its option ids
    option_order: dict = field(default_factory=dict)  # question id -> its option ids in the form's order

    def add(self, question, option_ids):
        (self.closed if question.is_closed else self.open).append(question)
        self.by_id[question.pk] = question
        self.option_order[question.pk] = tuple(option_ids)
        self.option_ids[question.pk] = set(self.option_order[question.pk])

    def most_choices(self, question):
        """How many options one person may choose."""
        if question.kind == QuestionKind.MULTIPLE_CHOICE:
            return question.max_answers or len(self.option_order[question.pk])
        return 1

    def closed_by_id(self, question_id):
        question = self.by_id.get(question_id)
        return question if question is not None and question.is_closed else None

    def open_by_id(self, question_id):
        question = self.by_id.get(question_id)
        return question if question is not None and not question.is_closed else None


@dataclass(frozen=True)
class QuestionRule:
    """What checking a result needs of a question: no wording, no translations."""

    pk: int
    kind: str
    allows_abstention: bool
    max_answers: int | None

    is_closed = Question.is_closed  # the model's rule, so a new kind is declared in one place


def session_questions(topic):
    """Load the current questions and options of ``topic`` in two queries (for pages
    and the API: with wording and translations)."""
    questions = list(
        Question.objects.filter(topic=topic, is_current=True).order_by("position", "id").prefetch_related("options")
    )
    result = SessionQuestions()
    for question in questions:
        result.add(question, (option.pk for option in question.options.all()))
    return result


def session_rules(topic):
    """The current questions of ``topic`` as QuestionRule, for checking a result: one
    query of plain values (a question without options comes once, with None)."""
    rows = (
        Question.objects.filter(topic=topic, is_current=True)
        .order_by("position", "id", "options__position", "options__id")
        .values_list("id", "kind", "allows_abstention", "max_answers", "options__id")
    )
    options, fields = {}, {}
    for question_id, kind, allows_abstention, max_answers, option_id in rows:
        fields.setdefault(question_id, (kind, allows_abstention, max_answers))
        options.setdefault(question_id, [])
        if option_id is not None:
            options[question_id].append(option_id)
    result = SessionQuestions()
    for question_id, (kind, allows_abstention, max_answers) in fields.items():
        result.add(QuestionRule(question_id, kind, allows_abstention, max_answers), options[question_id])
    return result


_RULES_CACHE = {}
_RULES_CACHE_SIZE = 512


def cached_session_rules(topic_id, version):
    """``session_rules`` of the topic, from a per-process cache keyed by the topic and
    ``version`` (a fingerprint of its current questions and options, read with the
    table: queries/entry.py), so that a change of the questions is a new key and the
    rules are read again. Questions change rarely: most submissions read none."""
    key = (topic_id, version)
    rules = _RULES_CACHE.get(key)
    if rules is None:
        if len(_RULES_CACHE) >= _RULES_CACHE_SIZE:
            _RULES_CACHE.clear()
        rules = _RULES_CACHE[key] = session_rules(topic_id)
    return rules


def open_answer_limit(question):
    return question.max_answers or DEFAULT_OPEN_ANSWERS

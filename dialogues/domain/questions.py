"""Question versions. A question's code stays the same in every country and language so
results stay comparable; once any result uses it, its wording and options are locked and
a change makes a new version (the old one keeps its results)."""

from django.db import models, transaction
from modeltranslation.utils import get_translation_fields

from wetheinternet.core.audit import log_action

from ..models import Option, Question

# The translated columns of every interface language (modeltranslation): a new version
# keeps every translation, including a language added later.
OPTION_FIELDS = ("code", "position", "label", *get_translation_fields("label"))
QUESTION_COPIED_FIELDS = (
    "topic_id", "code", "position", "kind", "mode", "allows_abstention", "max_answers",
    "text", *get_translation_fields("text"),
    "help_text", *get_translation_fields("help_text"),
)


QUESTION_HOLDERS = []


def register_question_holder(holds):
    """``holds(question)`` is True when the registering app stores an answer to
    ``question`` without a foreign key to it (result entry keeps closed answers in JSON)."""
    QUESTION_HOLDERS.append(holds)


def has_results(question):
    """True once any result refers to ``question``: a row that protects the question it
    answers (``on_delete=PROTECT``, such as an open answer) or a registered holder (the
    counts of result entry). Found without dialogues naming the results app."""
    if any(holds(question) for holds in QUESTION_HOLDERS):
        return True
    for relation in Question._meta.get_fields(include_hidden=True):
        protects = relation.auto_created and getattr(relation, "on_delete", None) is models.PROTECT
        if protects and relation.related_model._default_manager.filter(**{relation.field.name: question}).exists():
            return True
    return False


def new_question_version(question, *, by):
    """Copy ``question`` and its options as the next version, which becomes the current
    one; the old version stays, with its results. Side effects: rows, audit entry
    ``dialogues.question.versioned``. Returns the new version."""
    with transaction.atomic():
        latest = Question.objects.filter(topic_id=question.topic_id, code=question.code).order_by("-version").first()
        Question.objects.filter(topic_id=question.topic_id, code=question.code, is_current=True).update(is_current=False)
        copy = Question.objects.create(
            version=latest.version + 1, is_current=True,
            **{field: getattr(question, field) for field in QUESTION_COPIED_FIELDS},
        )
        Option.objects.bulk_create(
            Option(question=copy, **{field: getattr(option, field) for field in OPTION_FIELDS})
            for option in question.options.all()
        )
        log_action("dialogues.question.versioned", actor=by, target=copy,
                   data={"code": copy.code, "from": question.version, "to": copy.version})
    return copy

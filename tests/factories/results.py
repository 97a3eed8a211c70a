"""Factories for result entry: a session with one question of each kind, scheduled at a
site, and submissions made through the domain (so stored rows are what the app writes)."""

import datetime as dt
import uuid

import factory
from django.utils import timezone

from dialogues.enums import AgendaItemKind, QuestionKind, QuestionMode
from dialogues.models import ScheduledItem
from results.domain import storage
from results.models import ResultSubmission

from .dialogues import OptionFactory, QuestionFactory, TopicFactory


class ResultSubmissionFactory(factory.django.DjangoModelFactory):
    """A bare submission row (no counts); use ``submit`` for a complete one."""

    class Meta:
        model = ResultSubmission

    client_id = factory.LazyFunction(uuid.uuid4)
    submitted_at = factory.LazyFunction(timezone.now)
    people_present = 5
    entry_mode = "counts"
    content_hash = "0" * 64


def schedule_session(site, topic, *, starts_at=None, position=None):
    """Put ``topic``'s session on ``site``'s agenda (default: started an hour ago)."""
    starts_at = starts_at or timezone.now() - dt.timedelta(hours=1)
    position = position if position is not None else ScheduledItem.objects.filter(site=site).count() + 1
    return ScheduledItem.objects.create(
        site=site, topic=topic, kind=AgendaItemKind.TOPIC_SESSION, position=position, title=topic.title,
        starts_at=starts_at, ends_at=starts_at + dt.timedelta(minutes=45),
    )


def session_with_questions(dialogue):
    """A topic with a single-choice, a multiple-choice (at most 2), a scale (no
    abstention) and an open question (at most 3 answers)."""
    topic = TopicFactory(dialogue=dialogue, title="Digital identity")
    single = QuestionFactory(topic=topic, kind=QuestionKind.SINGLE_CHOICE, text="Who should hold your identity?")
    multiple = QuestionFactory(topic=topic, kind=QuestionKind.MULTIPLE_CHOICE, max_answers=2, text="Which worries you?")
    scale = QuestionFactory(topic=topic, kind=QuestionKind.SCALE, allows_abstention=False, text="Do you trust it?")
    QuestionFactory(topic=topic, kind=QuestionKind.OPEN_TEXT, mode=QuestionMode.TABLE, max_answers=3,
                    text="What do you recommend?")
    for question in (single, multiple, scale):
        for n in range(3):
            OptionFactory(question=question, position=n, label=f"{question.code} option {n + 1}")
    return topic


def questions_of(topic):
    """(single, multiple, scale, open) questions of a session made above."""
    return tuple(topic.questions.order_by("position"))


def options_of(question):
    return list(question.options.order_by("position"))


def submit_counts(dialogue, table, *, people):
    """A table's result for ``dialogue``'s first session by show of hands, stored as
    result entry stores it: everybody for the first option of each closed question."""
    topic = dialogue.topics.first()
    rows = [
        (question.pk, option.pk, people if position == 0 else 0)
        for question in topic.questions.exclude(kind="open_text")
        for position, option in enumerate(question.options.all())
    ]
    return ResultSubmissionFactory(table=table, topic=topic, people_present=people, counts=storage.packed_counts(rows))

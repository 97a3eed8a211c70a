"""Reads of the analysis pages. Analysts, translators and reports only ever read
approved open answers (reviewed, with personal data removed): the original texts and
answers waiting for review stay with the reviewers."""

from django.db.models import Q

from dialogues.enums import QuestionKind
from dialogues.models import Question
from reports.enums import ReviewState
from reports.models import OpenAnswerReview

from ..models import Theme


def open_questions(dialogue):
    return Question.objects.filter(topic__dialogue=dialogue, kind=QuestionKind.OPEN_TEXT, is_current=True).select_related(
        "topic"
    ).order_by("topic__position", "position", "id")


def themes_of(dialogue):
    return Theme.objects.filter(question__topic__dialogue=dialogue).select_related("question__topic")


def approved_answers(dialogue):
    """Approved answers of the dialogue, every country: their redacted texts are public
    (reports and open data publish them)."""
    return OpenAnswerReview.objects.unscoped("approved, redacted answers are published").filter(
        state=ReviewState.APPROVED, answer__submission__topic__dialogue=dialogue
    )


def filtered_answers(dialogue, *, question=None, country="", language="", search="", theme=None, untagged=False):
    """Approved answers with the analysis page's filters, their question, site and tags loaded."""
    answers = approved_answers(dialogue)
    if question is not None:
        answers = answers.filter(answer__question=question)
    if country:
        answers = answers.filter(answer__submission__table__site__country=country)
    if language:
        answers = answers.filter(answer__submission__table__language=language)
    if search:
        answers = answers.filter(Q(redacted_text__icontains=search) | Q(translations__text__icontains=search)).distinct()
    if theme is not None:
        answers = answers.filter(theme_tags__theme=theme)
    if untagged:
        answers = answers.filter(theme_tags__isnull=True)
    return (
        answers.select_related("answer__question", "answer__submission__table__site")
        .prefetch_related("theme_tags__theme", "translations")
        .order_by("answer__question__topic__position", "answer__question__position", "id")
    )


def answer_countries(dialogue):
    return sorted(set(approved_answers(dialogue).values_list("answer__submission__table__site__country", flat=True)))


def answer_languages(dialogue):
    return sorted(set(approved_answers(dialogue).values_list("answer__submission__table__language", flat=True)))

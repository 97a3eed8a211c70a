"""Translations of approved open answers: entered one by one by a translator, or
imported from a file all at once (every row is checked first; nothing is written
unless every row is good). The answer's published text is never changed."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action
from wetheinternet.core.input import control_character_error

from ..enums import TranslationSource
from ..models import AnswerTranslation
from .errors import AnalysisError, TranslationImportError
from .queries import approved_answers

MAX_LENGTH = AnswerTranslation._meta.get_field("text").max_length
LANGUAGES = {code for code, _name in settings.LANGUAGES}


@dataclass(frozen=True)
class TranslationRow:
    row: int  # as a spreadsheet numbers it: 2 is the first row after the column names
    answer: str
    language: str
    text: str


def _text_problem(text):
    if not text.strip():
        return _("The translation is empty.")
    if len(text) > MAX_LENGTH:
        return _("The translation is longer than %(max)s characters.") % {"max": MAX_LENGTH}
    return control_character_error(text)


def _store(review, *, language, text, by, source, now):
    AnswerTranslation.objects.update_or_create(
        review=review, language=language,
        defaults={"text": text.strip(), "source": source, "translated_by": by, "updated_at": now},
    )


def save_translation(review, *, language, text, by):
    """Enter or replace the translation of an approved answer into ``language``.
    Side effects: the translation, an audit entry ``analysis.translation.saved``."""
    if language not in LANGUAGES:
        raise AnalysisError(_("Choose one of the platform's languages."), field="language")
    if language == review.answer.submission.table.language:
        raise AnalysisError(_("The answer is already in this language."), field="language")
    problem = _text_problem(text)
    if problem:
        raise AnalysisError(problem, field="text")
    with transaction.atomic():
        _store(review, language=language, text=text, by=by, source=TranslationSource.ENTERED, now=timezone.now())
        log_action("analysis.translation.saved", actor=by, target=review, data={"language": language})


def translation_problems(dialogue, rows):
    """``[(row, message)]`` for every bad row of an import (empty when all are good)."""
    ids = {row.answer for row in rows if row.answer.isdigit()}
    reviews = {str(pk): language for pk, language in approved_answers(dialogue).filter(pk__in=ids)
               .values_list("pk", "answer__submission__table__language")}
    problems, seen = [], set()
    for row in rows:
        if row.answer not in reviews:
            problems.append((row.row, _("“%(value)s” is not an approved answer of this dialogue.") % {"value": row.answer}))
            continue
        if row.language not in LANGUAGES:
            problems.append((row.row, _("“%(value)s” is not a language of the platform.") % {"value": row.language}))
            continue
        if row.language == reviews[row.answer]:
            problems.append((row.row, _("The answer is already in this language.")))
        if (row.answer, row.language) in seen:
            problems.append((row.row, _("This answer is translated into this language twice in the file.")))
        seen.add((row.answer, row.language))
        problem = _text_problem(row.text)
        if problem:
            problems.append((row.row, problem))
    return problems


def import_translations(dialogue, rows, *, by):
    """Store every translation of ``rows`` (replacing earlier ones), or none: a bad row
    raises ``TranslationImportError`` with a message per bad row. Side effects: the
    translations, one audit entry ``analysis.translations.imported`` with the number."""
    if not rows:
        raise TranslationImportError([(1, _("The file has no rows."))])
    problems = translation_problems(dialogue, rows)
    if problems:
        raise TranslationImportError(problems)
    reviews = approved_answers(dialogue).in_bulk([int(row.answer) for row in rows])
    now = timezone.now()
    with transaction.atomic():
        for row in rows:
            _store(reviews[int(row.answer)], language=row.language, text=row.text, by=by,
                   source=TranslationSource.IMPORTED, now=now)
        log_action("analysis.translations.imported", actor=by, target=dialogue, data={"count": len(rows)})
    return len(rows)

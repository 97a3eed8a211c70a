"""Evaluation questionnaires: one-time tokens for participants, anonymous answers, and
the protected summary.

Nothing here links an answer to a person: a submission stores its questionnaire, the
day and the language; the token is found by its hash and only marked used; a signed-in
person's ``EvaluationAnswered`` marker is written in the same transaction but holds no
time and no reference to the submission. No audit entry names who answered."""

import hashlib
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from dialogues.enums import QuestionKind
from registrations.domain.evaluation_codes import EvaluationCode, Moment
from registrations.models import Registrant
from reports.domain.disclosure import Table, suppress
from reports.domain.perturbation import KEY_SPACE, perturb
from wetheinternet.core.audit import log_action
from wetheinternet.core.disclosure import is_small

from ..enums import Audience
from ..models import (
    EvaluationAnswer,
    EvaluationAnswered,
    EvaluationSubmission,
    EvaluationToken,
    Questionnaire,
)
from .errors import EvaluationError

MAX_TOKENS_AT_ONCE = 1000
MAX_TEXT = 2000


def hash_token(token):
    return hashlib.sha256(token.strip().encode()).hexdigest()


def issue_tokens(questionnaire, count, *, by):
    """Create ``count`` one-time tokens for a participants' questionnaire and return them
    in clear (to print on the slips or put in e-mails: they are never stored in clear).
    Side effects: the token rows, an audit entry ``analysis.evaluation.tokens_issued``."""
    if questionnaire.audience not in Audience.by_token():
        raise EvaluationError(_("Only the participants' questionnaires are answered with codes."))
    if not 1 <= count <= MAX_TOKENS_AT_ONCE:
        raise EvaluationError(_("Issue between 1 and %(max)s codes at once.") % {"max": MAX_TOKENS_AT_ONCE},
                              field="count")
    tokens = [secrets.token_urlsafe(12) for _ in range(count)]
    with transaction.atomic():
        EvaluationToken.objects.bulk_create(
            [EvaluationToken(questionnaire=questionnaire, token_hash=hash_token(token)) for token in tokens]
        )
        log_action("analysis.evaluation.tokens_issued", actor=by, target=questionnaire, data={"count": count})
    return tokens


def read_answers(questionnaire, raw):
    """Check the raw answers (``{question id: [strings]}``, as posted) and return the
    unsaved ``EvaluationAnswer`` rows. Unanswered questions are skipped; at least one
    must be answered."""
    rows = []
    for question in questionnaire.questions.prefetch_related("choices"):
        values = [value.strip() for value in raw.get(question.pk, []) if value and value.strip()]
        if not values:
            continue
        error = EvaluationError(_("This answer is not one of the question's choices."), field=f"q{question.pk}")
        if question.kind == QuestionKind.OPEN_TEXT:
            text = values[0]
            if len(text) > MAX_TEXT:
                raise EvaluationError(_("Keep your answer under %(max)s characters.") % {"max": MAX_TEXT},
                                      field=f"q{question.pk}")
            rows.append(EvaluationAnswer(question=question, text=text))
        elif question.kind == QuestionKind.SCALE:
            if len(values) != 1 or not values[0].isdigit() or not 1 <= int(values[0]) <= question.scale_max:
                raise error
            rows.append(EvaluationAnswer(question=question, value=int(values[0])))
        else:
            choices = {str(choice.pk): choice for choice in question.choices.all()}
            if any(value not in choices for value in values) or (
                question.kind == QuestionKind.SINGLE_CHOICE and len(values) != 1
            ) or len(set(values)) != len(values):
                raise error
            rows.extend(EvaluationAnswer(question=question, choice=choices[value]) for value in values)
    if not rows:
        raise EvaluationError(_("Answer at least one question."))
    return rows


def _store(questionnaire, rows, language):
    submission = EvaluationSubmission.objects.create(
        questionnaire=questionnaire, day=timezone.now().date(), language=language[:10]
    )
    for row in rows:
        row.submission = submission
    EvaluationAnswer.objects.bulk_create(rows)
    return submission


def submit_with_token(questionnaire, token, raw, *, language):
    """Store a participant's answers and spend the token. Side effects: one submission
    and its answers, the token marked used (all or nothing)."""
    if not questionnaire.is_open:
        raise EvaluationError(_("This questionnaire is closed."))
    rows = read_answers(questionnaire, raw)
    with transaction.atomic():
        found = (EvaluationToken.objects.select_for_update()
                 .filter(questionnaire=questionnaire, token_hash=hash_token(token or "")).first())
        if found is None:
            raise EvaluationError(_("This code is unknown: check it against your slip or e-mail."), field="token")
        if found.used:
            raise EvaluationError(_("This code was used already: each code answers once."), field="token")
        found.used = True
        found.save(update_fields=["used"])
        return _store(questionnaire, rows, language)


def has_answered(questionnaire, user):
    return EvaluationAnswered.objects.filter(questionnaire=questionnaire, user=user).exists()


def submit_signed_in(questionnaire, user, raw, *, language):
    """Store a signed-in person's answers and mark that they answered (the marker does
    not point at the answers). Side effects: one submission and its answers, one marker."""
    if not questionnaire.is_open:
        raise EvaluationError(_("This questionnaire is closed."))
    rows = read_answers(questionnaire, raw)
    try:
        with transaction.atomic():
            EvaluationAnswered.objects.create(questionnaire=questionnaire, user=user)
            return _store(questionnaire, rows, language)
    except IntegrityError:
        raise EvaluationError(_("You have answered this questionnaire already.")) from None


@dataclass
class QuestionSummary:
    question: object
    answered: int | None  # people who answered the question (None: hidden)
    rows: list  # (label, count or None)
    texts: list


def record_key(uuid):
    """The cell key contribution of an answer or a submission: drawn from its random id
    (the cell key method of the results, docs/disclosure.md), so the same answers
    always give the same published figure and no figure is published exactly."""
    return uuid.int % KEY_SPACE


def protected_count(ids, k):
    """How many of ``ids`` (random ids) there are, perturbed by their keys; None under k."""
    ids = list(ids)
    value = perturb(len(ids), sum(record_key(i) for i in ids)) if ids else 0
    return None if is_small(value, k) else value


def submission_count(questionnaire, k):
    """The published number of answers to ``questionnaire`` (``protected_count``)."""
    return protected_count(EvaluationSubmission.objects.filter(questionnaire=questionnaire).values_list("id", flat=True), k)


def evaluation_summary(questionnaire, k):
    """Per question, the counts per choice or scale value through the same disclosure
    control as the results (``suppress``, with cell keys from the answers' random ids:
    counts under ``k`` and those that would give them away are None); open answers are
    listed for staff only."""
    summaries = []
    for question in questionnaire.questions.prefetch_related("choices"):
        answers = EvaluationAnswer.objects.filter(question=question)
        rows = list(answers.values_list("id", "submission_id", "choice_id", "value"))
        submissions = {row[1] for row in rows}
        if question.kind == QuestionKind.OPEN_TEXT:
            # Few open answers could give their authors away: shown only from k answers on.
            answered = protected_count(submissions, k)
            texts = list(answers.order_by("text").values_list("text", flat=True)) if answered is not None else []
            summaries.append(QuestionSummary(question, answered, [], texts))
            continue
        if question.kind == QuestionKind.SCALE:
            labels = [str(value) for value in range(1, question.scale_max + 1)]
            positions, column = {value: index for index, value in enumerate(range(1, question.scale_max + 1))}, 3
        else:
            labels = list(question.choices.all())
            positions, column = {choice.pk: index for index, choice in enumerate(labels)}, 2
        if not labels:
            summaries.append(QuestionSummary(question, protected_count(submissions, k), [], []))
            continue
        counts, keys = [0] * len(labels), [0] * len(labels)
        for row in rows:
            position = positions.get(row[column])
            if position is not None:
                counts[position] += 1
                keys[position] += record_key(row[0])
        multiple = question.kind == QuestionKind.MULTIPLE_CHOICE
        table = Table.from_cells([counts], keys=[keys], row_totals=[len(submissions)] if multiple else None,
                                 row_keys=[sum(record_key(s) for s in submissions)] if multiple else None)
        published = suppress(table, k)
        total = published.row_totals[0]
        summaries.append(QuestionSummary(question, total, list(zip(labels, published.cells[0], strict=True)), []))
    return summaries


_MOMENT_AUDIENCES = {Moment.BEFORE: Audience.PARTICIPANTS_BEFORE, Moment.AFTER: Audience.PARTICIPANTS_AFTER}


def hand_out_codes(registrant, moments):
    """One new one-time code for each open participants' questionnaire of the
    registrant's dialogue (for ``moments``) that they have no code for yet. The token row
    has no reference to the person and no time; the registrant records only the
    questionnaire's id. Runs in the caller's transaction (the slip or the message that
    carries the codes). No audit entry: it would date the code's creation beside a person.

    Side effects: one ``EvaluationToken`` per code, ``Registrant.evaluation_codes_for``."""
    audiences = [_MOMENT_AUDIENCES[moment] for moment in moments]
    questionnaires = list(Questionnaire.objects.filter(dialogue_id=registrant.dialogue_id, audience__in=audiences,
                                                       is_open=True).order_by("audience"))
    if not questionnaires:
        return []
    codes = []
    with transaction.atomic():
        given = set(Registrant.objects.unscoped("the registrant the slip or message is for").select_for_update()
                    .values_list("evaluation_codes_for", flat=True).get(pk=registrant.pk))
        for questionnaire in questionnaires:
            if questionnaire.pk in given:
                continue
            token = secrets.token_urlsafe(12)
            EvaluationToken.objects.create(questionnaire=questionnaire, token_hash=hash_token(token))
            given.add(questionnaire.pk)
            path = reverse("analysis:answer_evaluation", args=[questionnaire.dialogue.slug, questionnaire.audience])
            codes.append(EvaluationCode(questionnaire.title, token, f"{settings.SITE_URL}{path}?{urlencode({'token': token})}"))
        # ``update`` leaves ``updated_at`` alone: no time beside the codes handed out.
        Registrant.objects.unscoped("same row").filter(pk=registrant.pk).update(evaluation_codes_for=sorted(given))
    registrant.evaluation_codes_for = sorted(given)
    return codes

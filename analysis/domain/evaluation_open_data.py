"""The evaluation in the open data: one table, ``evaluation.csv``, added to the
Frictionless Data Package of the results (``reports.domain.open_data_package``).

One row per questionnaire, question and answer (a choice or a scale value) with its
count, and one row ``total`` per question (the people who answered it: the base); the
counts are those of ``evaluation_summary``, through ``suppress`` with the dialogue's
threshold k, so a hidden count is empty with ``suppressed`` true. Open answers are never
published, only how many people gave one. Labels in every language sit beside the codes
(as in the figures table), so the table carries its own codebook."""

from django.conf import settings

from dialogues.enums import QuestionKind
from reports.domain.open_data_package import ExtraResource

from ..models import EvaluationAnswer, EvaluationSubmission, Questionnaire
from .evaluation import evaluation_summary

NAME = "evaluation"
TOTAL = "total"


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def fields():
    langs = _languages()
    return (
        "questionnaire",
        "question",
        *[f"question_text_{lang}" for lang in langs],
        "answer",
        *[f"answer_label_{lang}" for lang in langs],
        "count",
        "suppressed",
        "k",
    )


def schema():
    langs = _languages()

    def string(name, description):
        return {"name": name, "type": "string", "description": description}

    return {
        "fields": [
            string(
                "questionnaire",
                "the questionnaire's audience: participants_before, participants_after, "
                "partners, volunteers or decision_makers",
            ),
            string("question", "the question's code (q and its number)"),
            *[string(f"question_text_{lang}", f"the question in {lang} (empty: not translated)") for lang in langs],
            string("answer", "c and the choice's number, a scale value, or total (people who answered)"),
            *[string(f"answer_label_{lang}", f"the answer's label in {lang}") for lang in langs],
            {
                "name": "count",
                "type": "integer",
                "description": "count; empty when suppressed",
                "constraints": {"minimum": 0},
            },
            {
                "name": "suppressed",
                "type": "boolean",
                "description": "true exactly when count is empty",
                "constraints": {"required": True},
            },
            {"name": "k", "type": "integer", "description": "the threshold applied"},
        ],
        "primaryKey": ["questionnaire", "question", "answer"],
        "missingValues": [""],
    }


def _row(questionnaire, question, answer, labels, count, k):
    langs = _languages()
    return {
        "questionnaire": questionnaire.audience,
        "question": f"q{question.pk}",
        **{f"question_text_{lang}": getattr(question, f"text_{lang}", None) or "" for lang in langs},
        "answer": answer,
        **{f"answer_label_{lang}": labels.get(lang, "") for lang in langs},
        "count": count,
        "suppressed": count is None,
        "k": k,
    }


def evaluation_rows(dialogue):
    """The rows of ``evaluation.csv``, or None when nobody answered an evaluation yet."""
    if not EvaluationSubmission.objects.filter(questionnaire__dialogue=dialogue).exists():
        return None
    k = dialogue.anonymity_threshold
    langs = _languages()
    rows = []
    for questionnaire in Questionnaire.objects.filter(dialogue=dialogue).order_by("audience"):
        for summary in evaluation_summary(questionnaire, k):
            question = summary.question
            for label, count in summary.rows:
                if question.kind == QuestionKind.SCALE:
                    rows.append(_row(questionnaire, question, label, dict.fromkeys(langs, label), count, k))
                else:
                    names = {lang: getattr(label, f"label_{lang}", None) or "" for lang in langs}
                    rows.append(_row(questionnaire, question, f"c{label.pk}", names, count, k))
            rows.append(_row(questionnaire, question, TOTAL, {}, summary.answered, k))
    return rows


def evaluation_fingerprint(dialogue):
    answers = EvaluationAnswer.objects.filter(submission__questionnaire__dialogue=dialogue)
    return f"{answers.count()}:{dialogue.anonymity_threshold}"


# The Data Package is written in English (as the figures' descriptions are).
DESCRIPTION = (
    "Anonymous evaluation of the process (ex-ante and ex-post): counts per answer of each closed "
    "question of the evaluation questionnaires, suppressed under k; open answers are not published."
)

EVALUATION_RESOURCE = ExtraResource(
    name=NAME,
    description=DESCRIPTION,
    fields=fields(),
    schema=schema,
    rows=evaluation_rows,
    fingerprint=evaluation_fingerprint,
)

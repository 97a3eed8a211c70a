"""The evaluation report (PDF, built by a worker): for each questionnaire of a dialogue,
the number of answers and, per question, the counts per choice or scale value, all
through the disclosure control of the results (``evaluation_summary``: ``suppress``
with the dialogue's threshold k). Open answers are never printed: the report gives only
how many people answered them (hidden under k)."""

import dataclasses

from django.db import transaction
from django.utils import timezone

from wetheinternet.core.audit import log_action
from wetheinternet.core.files import store_file
from wetheinternet.core.outbox import defer

from ..models import EvaluationReport, Questionnaire
from .evaluation import evaluation_summary, submission_count

BUILD_TASK = "analysis.tasks.build_evaluation_report_task"


def evaluation_report_context(dialogue):
    k = dialogue.anonymity_threshold
    sections = []
    for questionnaire in Questionnaire.objects.filter(dialogue=dialogue).order_by("audience"):
        questions = [dataclasses.replace(summary, texts=[]) for summary in evaluation_summary(questionnaire, k)]
        sections.append(
            {
                "questionnaire": questionnaire,
                "submissions": submission_count(questionnaire, k),
                "questions": questions,
            }
        )
    return {"dialogue": dialogue, "k": k, "sections": sections, "made_at": timezone.now()}


def request_evaluation_report(dialogue, *, by, language):
    """Queue the evaluation report of ``dialogue`` in ``language``. Side effects: the
    report row (queued), the build task after the commit, audit entry
    ``analysis.evaluation.report_requested``."""
    with transaction.atomic():
        report = EvaluationReport.objects.create(dialogue=dialogue, language=language, requested_by=by)
        log_action("analysis.evaluation.report_requested", actor=by, target=dialogue, data={"language": language})
        defer(BUILD_TASK, report.pk)
    return report


def build_evaluation_report(report_id, *, render):
    """The worker's part: take the queued report, render it (``render(dialogue,
    language) -> PDF bytes``) and store the file; a failure is recorded on the row.
    Running twice is harmless: only a queued report is taken. Returns the report, or
    None when it was not queued."""
    taken = EvaluationReport.objects.filter(pk=report_id, state=EvaluationReport.State.QUEUED).update(
        state=EvaluationReport.State.RUNNING
    )
    if not taken:
        return None
    report = EvaluationReport.objects.select_related("dialogue").get(pk=report_id)
    try:
        pdf = render(report.dialogue, report.language)
    except Exception as error:
        EvaluationReport.objects.filter(pk=report_id).update(
            state=EvaluationReport.State.FAILED, error=type(error).__name__, finished_at=timezone.now()
        )
        raise
    with transaction.atomic():
        report.file = store_file(
            pdf, filename=f"{report.dialogue.slug}-evaluation-{report.language}.pdf", content_type="application/pdf"
        )
        report.state, report.finished_at = EvaluationReport.State.DONE, timezone.now()
        report.save(update_fields=["file", "state", "finished_at"])
    return report

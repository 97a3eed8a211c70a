"""The evaluation report (PDF, built by a worker): for each questionnaire of a dialogue,
the number of answers and, per question, the counts per choice or scale value, all
through the disclosure control of the results (``evaluation_summary``: ``suppress``
with the dialogue's threshold k). Open answers are never printed: the report gives only
how many people answered them (hidden under k).

The report is a leased job built by ``reports.domain.jobs.build_job``: claimed with a
lease renewed by a heartbeat; if its worker dies, the report sweep queues it again
(``register_leased_job`` in ``AppConfig.ready``), up to 3 attempts (docs/faults.md)."""

import dataclasses
import hashlib

from django.db import transaction
from django.utils import timezone

from reports.domain.jobs import QUEUE_DEADLINE, build_job
from wetheinternet.core.audit import log_action
from wetheinternet.core.outbox import defer

from ..models import EvaluationReport, EvaluationSubmission, Questionnaire
from .evaluation import evaluation_summary, submission_count

BUILD_TASK = "analysis.tasks.build_evaluation_report_task"
AUDIT_ACTION = "analysis.evaluation_report"


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
    report row (queued, with the queue deadline as its lease: if the task is lost the
    sweep sends it again), the build task after the commit, audit entry
    ``analysis.evaluation.report_requested``."""
    with transaction.atomic():
        report = EvaluationReport.objects.create(
            dialogue=dialogue, language=language, requested_by=by, lease_expires_at=timezone.now() + QUEUE_DEADLINE
        )
        log_action("analysis.evaluation.report_requested", actor=by, target=dialogue, data={"language": language})
        defer(BUILD_TASK, report.pk)
    return report


def evaluation_fingerprint(report, _dialogue_digest):
    """The inputs of an evaluation report: its language and the dialogue's evaluation answers."""
    # Submissions are anonymous (uuid ids, no time): their number stands for them.
    answers = EvaluationSubmission.objects.filter(questionnaire__dialogue=report.dialogue_id).count()
    parts = [report.language, report.dialogue.anonymity_threshold, answers]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def build_evaluation_report(report_id, *, render):
    """The worker's part: claim the queued report (with a lease that a heartbeat renews),
    render it (``render(dialogue, language) -> PDF bytes``) and store the file; a
    failure is recorded on the row (state failed, the error). Running twice is
    harmless: only a queued report is claimed. Audit entries
    ``analysis.evaluation_report.built`` / ``.failed``. Returns the report, or None when
    it was not claimed or failed."""

    def draw(report, *, progress):
        pdf = render(report.dialogue, report.language)
        return pdf, f"{report.dialogue.slug}-evaluation-{report.language}.pdf", {}

    built = build_job(
        EvaluationReport,
        report_id,
        render=draw,
        fingerprint=evaluation_fingerprint,
        content_type="application/pdf",
        action=AUDIT_ACTION,
    )
    if built is not None:
        built.refresh_from_db()
    return built

"""The evaluation report is a leased job (issue 17): a worker that dies while building
it leaves it running with a lease nobody renews; once the lease expires the report
sweep queues it again and another worker builds it. It used to stay "running" forever."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from analysis.domain.evaluation_report import build_evaluation_report, request_evaluation_report
from analysis.models import EvaluationReport
from reports.domain.jobs import MAX_ATTEMPTS, claim_job, sweep_expired_jobs
from tests.factories.dialogues import DialogueFactory
from tests.helpers import signed_in
from wetheinternet.core.leases import LEASE
from wetheinternet.core.models import AuditEntry, DeferredTask

pytestmark = pytest.mark.django_db

TASK = "analysis.tasks.build_evaluation_report_task"


def killed_mid_build(report):
    """What a worker killed mid-build leaves behind: the report claimed (running, one
    attempt, a lease), never renewed, never finished."""
    assert claim_job(report.pk, model=EvaluationReport)
    report.refresh_from_db()
    return report


def test_a_killed_workers_report_is_queued_again_after_its_lease_and_built_by_another(client, staff_user):
    dialogue = DialogueFactory(slug="eval-lease", languages=["en"])
    report = killed_mid_build(request_evaluation_report(dialogue, by=staff_user, language="en"))
    assert (report.state, report.attempts) == ("running", 1)
    assert report.lease_expires_at > timezone.now()

    # While the lease runs, the sweep leaves the report to its worker.
    assert sweep_expired_jobs() == (0, 0)
    # After the lease: queued again, with a task for another worker.
    assert sweep_expired_jobs(now=report.lease_expires_at + dt.timedelta(seconds=1)) == (1, 0)
    report.refresh_from_db()
    assert report.state == "queued"
    assert DeferredTask.objects.filter(task_name=TASK, args=[report.pk]).count() == 2

    built = build_evaluation_report(report.pk, render=lambda dialogue, language: b"%PDF-1.7 second worker")
    page = signed_in(client, staff_user).get(reverse("analysis:evaluation", args=[dialogue.slug]))
    download = client.get(reverse("analysis:evaluation_report_file", args=[dialogue.slug, report.pk]))

    assert (built.state, built.attempts, built.progress, built.lease_expires_at) == ("done", 2, 100, None)
    assert b"".join(download.streaming_content) == b"%PDF-1.7 second worker"
    assert "Download the PDF" in page.content.decode()
    assert AuditEntry.objects.filter(action="analysis.evaluation_report.built").count() == 1


def test_a_report_whose_workers_keep_dying_is_given_up_with_the_reason(staff_user):
    dialogue = DialogueFactory(slug="eval-lease-cap", languages=["en"])
    report = request_evaluation_report(dialogue, by=staff_user, language="en")
    now = timezone.now()
    for _attempt in range(MAX_ATTEMPTS):
        killed_mid_build(report)
        now += LEASE + dt.timedelta(seconds=1)
        sweep_expired_jobs(now=now)
    report.refresh_from_db()

    assert report.state == "failed"
    assert report.attempts == MAX_ATTEMPTS
    assert "worker stopped before finishing" in report.error
    assert report.lease_expires_at is None


def test_a_lost_task_is_sent_again_after_the_queue_deadline(staff_user):
    dialogue = DialogueFactory(slug="eval-lease-lost", languages=["en"])
    report = request_evaluation_report(dialogue, by=staff_user, language="en")

    assert sweep_expired_jobs(now=report.lease_expires_at - dt.timedelta(seconds=1)) == (0, 0)
    assert sweep_expired_jobs(now=report.lease_expires_at + dt.timedelta(seconds=1)) == (1, 0)
    assert DeferredTask.objects.filter(task_name=TASK, args=[report.pk]).count() == 2


def test_a_failed_render_is_recorded_on_the_report_and_not_swept(staff_user):
    dialogue = DialogueFactory(slug="eval-lease-fail", languages=["en"])
    report = request_evaluation_report(dialogue, by=staff_user, language="en")

    def broken(dialogue, language):
        raise RuntimeError("no fonts")

    assert build_evaluation_report(report.pk, render=broken) is None
    report.refresh_from_db()
    assert (report.state, report.error) == ("failed", "RuntimeError: no fonts")
    assert sweep_expired_jobs(now=timezone.now() + dt.timedelta(hours=1)) == (0, 0)

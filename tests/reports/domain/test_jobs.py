import datetime as dt

import pytest
from django.utils import timezone

from reports.domain.jobs import (
    MAX_ATTEMPTS,
    build_report,
    claim_job,
    launch_reports,
    report_targets,
    sweep_expired_jobs,
)
from reports.enums import JobState
from reports.interfaces.rendering import render_report
from reports.models import ReportJob
from tests.factories.reports import ReportJobFactory


def test_report_targets_cover_countries_regions_and_world_in_each_language(tiny):
    targets = report_targets(tiny, languages=["en", "ar"])

    scopes = [(scope, area) for scope, area, language in targets if language == "en"]
    countries = [area for scope, area in scopes if scope == "national"]
    assert len(countries) == 3
    assert scopes[-1] == ("global", "world")
    assert len(targets) == 2 * len(scopes)


def test_launch_reports_creates_queued_jobs_then_tasks_on_commit(tiny, staff_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        jobs = launch_reports(tiny, by=staff_user, scopes=["global"], languages=["en", "fr"])

    assert [(job.scope, job.area, job.language) for job in jobs] == [("global", "world", "en"), ("global", "world", "fr")]
    assert set(ReportJob.objects.values_list("state", flat=True)) == {JobState.QUEUED}
    assert len(callbacks) == 2


def test_claim_job_only_once(db):
    job = ReportJobFactory(state=JobState.QUEUED)

    assert claim_job(job.pk) is True
    assert claim_job(job.pk) is False
    job.refresh_from_db()
    assert (job.state, job.attempts) == (JobState.RUNNING, 1)


def test_build_report_stores_pdf_then_skips_when_inputs_unchanged(tiny):
    job = ReportJobFactory(dialogue=tiny, scope="global", area="world", state=JobState.QUEUED)

    build_report(job.pk, render=render_report)
    job.refresh_from_db()
    first_file = job.file_id
    ReportJob.objects.filter(pk=job.pk).update(state=JobState.QUEUED)
    build_report(job.pk, render=render_report)
    job.refresh_from_db()

    assert job.state == JobState.DONE
    assert job.progress == 100
    assert job.file.file.open("rb").read(5) == b"%PDF-"
    assert job.skipped is True
    assert job.file_id == first_file


def test_sweep_requeues_job_whose_lease_expired(db, django_capture_on_commit_callbacks):
    job = ReportJobFactory(state=JobState.RUNNING, attempts=1, lease_expires_at=timezone.now() - dt.timedelta(seconds=1))

    with django_capture_on_commit_callbacks() as callbacks:
        assert sweep_expired_jobs() == (1, 0)

    job.refresh_from_db()
    assert job.state == JobState.QUEUED
    assert len(callbacks) == 1


def test_sweep_fails_job_after_attempt_cap_with_error_shown(db):
    job = ReportJobFactory(
        state=JobState.RUNNING, attempts=MAX_ATTEMPTS, lease_expires_at=timezone.now() - dt.timedelta(seconds=1)
    )

    assert sweep_expired_jobs() == (0, 1)

    job.refresh_from_db()
    assert job.state == JobState.FAILED
    assert job.error == f"The worker stopped before finishing, {MAX_ATTEMPTS} times; the job was given up."


@pytest.mark.parametrize("state", [JobState.DONE, JobState.FAILED])
def test_sweep_leaves_finished_jobs_alone(db, state):
    ReportJobFactory(state=state, lease_expires_at=timezone.now() - dt.timedelta(hours=1))

    assert sweep_expired_jobs() == (0, 0)

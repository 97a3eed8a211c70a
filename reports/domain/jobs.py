"""Report jobs: launch, claim with a lease, build, sweep. Work is idempotent: a job
runs only when claimed (an atomic conditional update), so a task delivered twice or a
job re-queued by the sweep never builds the same report twice at once."""

import datetime as dt
import logging
import time

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from dialogues.regions import region_of
from wetheinternet.core.audit import log_action
from wetheinternet.core.exceptions import DomainError
from wetheinternet.core.files import store_file
from wetheinternet.core.leases import LEASE, heartbeat
from wetheinternet.core.outbox import defer

from ..enums import WORLD, JobState, ReportScope
from ..models import DisseminationKit, ReportJob
from .build import dialogue_fingerprint, input_fingerprint

logger = logging.getLogger(__name__)

QUEUE_DEADLINE = dt.timedelta(minutes=10)  # queued, never started: its message was lost (a backstop to the outbox)
MAX_ATTEMPTS = 3
LAUNCH_ORDER = {ReportScope.GLOBAL: 0, ReportScope.REGIONAL: 1, ReportScope.NATIONAL: 2}


class ReportError(DomainError):
    """A refused report action (publishing one not built yet)."""


def report_targets(dialogue, *, scopes=None, languages=None):
    """Every (scope, area, language) a dialogue has reports for: one national report per
    country with sites, one per region of those countries, one global; in each language."""
    from dialogues.models import Site

    countries = sorted(
        {str(code) for code in Site.objects.filter(partner__dialogue=dialogue).values_list("country", flat=True)}
    )
    areas = [(ReportScope.NATIONAL, country) for country in countries if region_of(country)]
    areas += [(ReportScope.REGIONAL, region) for region in sorted({region_of(c) for c in countries if region_of(c)})]
    areas.append((ReportScope.GLOBAL, WORLD))
    scopes = set(scopes or ReportScope.values)
    languages = languages or dialogue.languages
    return [(scope, area, language) for scope, area in areas if scope in scopes for language in languages]


def launch_reports(dialogue, *, by, scopes=None, languages=None):
    """Queue a job for every report of ``dialogue`` (national, regional, global, in each
    language, or only the given scopes and languages). Jobs already queued or running
    are left alone. Side effects: ReportJob rows, one deferred task each (handed to the
    broker after commit, again by the sweep if the broker is away: launching never
    fails on the broker), an audit entry ``reports.jobs.launched``. Returns the jobs."""
    now = timezone.now()
    jobs = []
    # The longest reports first (global, then regional, then national), so that workers
    # do not finish the run on them while the others have nothing left to do.
    targets = sorted(report_targets(dialogue, scopes=scopes, languages=languages), key=lambda t: LAUNCH_ORDER[t[0]])
    with transaction.atomic():
        for scope, area, language in targets:
            job, _created = ReportJob.objects.get_or_create(dialogue=dialogue, scope=scope, area=area, language=language)
            if job.state in (JobState.QUEUED, JobState.RUNNING) and job.lease_expires_at and job.lease_expires_at > now:
                jobs.append(job)
                continue
            ReportJob.objects.filter(pk=job.pk).update(
                state=JobState.QUEUED, progress=0, attempts=0, error="", skipped=False, requested_by=by,
                lease_expires_at=now + QUEUE_DEADLINE, started_at=None, finished_at=None,
            )
            defer("reports.tasks.build_report_task", job.pk)
            jobs.append(job)
        log_action("reports.jobs.launched", actor=by, target=dialogue,
                   data={"jobs": len(jobs), "scopes": sorted(scopes or []), "languages": sorted(languages or [])})
    return jobs


# Every kind of leased job, the task that builds one and its audit prefix (the sweep
# re-queues them all). Apps after this one add theirs with ``register_leased_job``.
JOB_TASKS = [
    (ReportJob, "reports.tasks.build_report_task", "reports.report"),
    (DisseminationKit, "reports.tasks.build_kit_task", "reports.kit"),
]


def register_leased_job(model, task, action):
    """Have the sweep look after the leased jobs of ``model`` (a ``LeasedJob`` of another
    app, registered from its ``AppConfig.ready``): an expired one is queued again with
    ``task`` (its id as argument), or failed with an audit entry ``<action>.failed``."""
    if not any(kind[0] is model for kind in JOB_TASKS):
        JOB_TASKS.append((model, task, action))


def _audit_data(job, *names):
    """What an audit entry of a job says about it: its scope, area (reports, kits) and language."""
    return {name: getattr(job, name) for name in names if hasattr(job, name)}


def claim_job(job_id, *, now=None, model=ReportJob):
    """Take a queued job (a report, or a kit with ``model=DisseminationKit``): running,
    one more attempt, a fresh lease. False if another worker has it or it is finished."""
    now = now or timezone.now()
    return bool(
        model.objects.filter(pk=job_id, state=JobState.QUEUED).update(
            state=JobState.RUNNING, attempts=F("attempts") + 1, lease_expires_at=now + LEASE, started_at=now,
            progress=1,
        )
    )


def record_progress(job_id, percent, *, model=ReportJob):
    """Progress and a renewed lease, written at once (outside any transaction)."""
    model.objects.filter(pk=job_id, state=JobState.RUNNING).update(
        progress=min(99, percent), lease_expires_at=timezone.now() + LEASE
    )


def renew_lease(job_id, *, model=ReportJob):
    """The running worker's heartbeat: the lease runs ``LEASE`` from now."""
    model.objects.filter(pk=job_id, state=JobState.RUNNING).update(lease_expires_at=timezone.now() + LEASE)


def build_report(job_id, *, render):
    """Build the report of job ``job_id`` if it can be claimed, drawn by
    ``render(job, progress=...) -> (pdf bytes, filename, timings)`` (the worker passes
    ``interfaces.rendering.render_report``). Skips rendering when the inputs have not
    changed since the stored file. Side effects: a StoredFile, the
    job's state, an audit entry ``reports.report.built`` (or ``.skipped``/``.failed``)."""
    return build_job(ReportJob, job_id, render=render, fingerprint=input_fingerprint,
                     content_type="application/pdf", action="reports.report")


def build_job(model, job_id, *, render, fingerprint, content_type, action):
    """Build the document of the leased job ``job_id`` of ``model`` if it can be claimed:
    ``fingerprint(job, dialogue digest)`` names its inputs, ``render(job, progress=...)``
    returns ``(bytes, filename, timings)``. Side effects: a StoredFile, the job's state,
    an audit entry ``<action>.built`` (or ``.skipped``/``.failed``)."""
    if not claim_job(job_id, model=model):
        logger.info("%s %s not claimed (taken or finished)", model.__name__, job_id)
        return None
    job = model.objects.select_related("dialogue").get(pk=job_id)
    started = time.monotonic()
    try:
        digest = fingerprint(job, dialogue_fingerprint(job.dialogue))
        if job.file_id and job.file_fingerprint == digest:
            _finish(job, started, skipped=True, fingerprint=digest)
            log_action(f"{action}.skipped", target=job, data=_audit_data(job, "scope", "area"))
            return job
        with heartbeat(lambda: renew_lease(job_id, model=model)):
            content, filename, _timings = render(
                job, progress=lambda percent: record_progress(job_id, percent, model=model))
        with transaction.atomic():
            stored = store_file(content, filename=filename, content_type=content_type)
            _finish(job, started, file=stored, fingerprint=digest)
            log_action(f"{action}.built", target=job, data=_audit_data(job, "scope", "area", "language"))
    except Exception as error:
        logger.exception("%s %s failed", model.__name__, job_id)
        model.objects.filter(pk=job_id).update(
            state=JobState.FAILED, error=f"{type(error).__name__}: {error}"[:2000], finished_at=timezone.now(),
            lease_expires_at=None,
        )
        log_action(f"{action}.failed", target=job, data=_audit_data(job, "scope", "area"))
        return None
    return job


def _finish(job, started, *, skipped=False, file=None, fingerprint=""):
    values = {
        "state": JobState.DONE, "progress": 100, "lease_expires_at": None, "finished_at": timezone.now(),
        "seconds": time.monotonic() - started, "skipped": skipped, "input_fingerprint": fingerprint, "error": "",
    }
    if file is not None:
        values.update(file=file, file_fingerprint=fingerprint)
    type(job).objects.filter(pk=job.pk).update(**values)


def sweep_expired_jobs(*, now=None):
    """Re-queue jobs (reports, kits and those of ``register_leased_job``) whose lease expired (their worker died, or their task was lost)
    until they reach ``MAX_ATTEMPTS``, then mark them failed with the reason. Side
    effects: job states, one deferred task per re-queued job. Returns (requeued, failed)."""
    now = now or timezone.now()
    requeued = failed = 0
    with transaction.atomic():
        expired = [
            (job, task, action) for model, task, action in JOB_TASKS
            for job in model.objects.select_for_update().filter(
                state__in=[JobState.QUEUED, JobState.RUNNING], lease_expires_at__lt=now)
        ]
        for job, task, action in expired:
            if job.attempts >= MAX_ATTEMPTS:
                job.state, job.error = JobState.FAILED, (
                    f"The worker stopped before finishing, {job.attempts} times; the job was given up."
                )
                job.lease_expires_at, job.finished_at = None, now
                job.save(update_fields=["state", "error", "lease_expires_at", "finished_at", "updated_at"])
                log_action(f"{action}.failed", target=job, data={"attempts": job.attempts})
                failed += 1
                continue
            job.state, job.lease_expires_at = JobState.QUEUED, now + QUEUE_DEADLINE
            job.save(update_fields=["state", "lease_expires_at", "updated_at"])
            defer(task, job.pk)
            requeued += 1
    return requeued, failed


def publish_report(job, *, by, published=True):
    """Publish (or withdraw) a built report on the public page. Side effects: the job's
    ``published_at``, an audit entry ``reports.report.published`` / ``.withdrawn``."""
    if published and not job.file_id:
        raise ReportError(_("This report has not been built yet, so it cannot be published."))
    with transaction.atomic():
        job.published_at = timezone.now() if published else None
        job.save(update_fields=["published_at", "updated_at"])
        log_action("reports.report.published" if published else "reports.report.withdrawn", actor=by, target=job,
                   data={"scope": job.scope, "area": job.area, "language": job.language})
    return job

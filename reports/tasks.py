import logging

from django.contrib.auth import get_user_model

from dialogues.models import Dialogue
from wetheinternet.celery import domain_task

from .domain.fact_sheet import store_fact_sheet
from .domain.jobs import build_report, sweep_expired_jobs
from .domain.kits import build_kit, launch_kits
from .domain.open_data import warm_open_data
from .domain.releases import release_all_due_results
from .domain.scheduled_releases import run_due_scheduled_releases
from .interfaces.kits import render_kit
from .interfaces.rendering import render_fact_sheet_pdf, render_report

logger = logging.getLogger(__name__)


@domain_task
def render_fact_sheet_task(dialogue_id, language):
    dialogue = Dialogue.objects.get(pk=dialogue_id)
    document = store_fact_sheet(dialogue, language=language, pdf=render_fact_sheet_pdf(dialogue, language=language))
    logger.info("rendered fact sheet %s for dialogue %s", document.pk, dialogue_id)
    return document.pk


@domain_task
def build_report_task(job_id):
    job = build_report(job_id, render=render_report)
    logger.info("report job %s: %s", job_id, "built or skipped" if job else "not built")


@domain_task
def launch_kits_task(dialogue_id, user_id=None):
    by = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    kits = launch_kits(Dialogue.objects.get(pk=dialogue_id), by=by)
    logger.info("dialogue %s: %s dissemination kits queued", dialogue_id, len(kits))


@domain_task
def build_kit_task(kit_id):
    kit = build_kit(kit_id, render=render_kit)
    logger.info("dissemination kit %s: %s", kit_id, "built or skipped" if kit else "not built")


@domain_task
def sweep_report_jobs_task():
    requeued, failed = sweep_expired_jobs()
    logger.info("report sweep: %s re-queued, %s failed", requeued, failed)


@domain_task
def release_due_results_task():
    booked = run_due_scheduled_releases()
    releases = release_all_due_results()
    logger.info("booked releases of results: %s; automatic releases: %s", booked, releases)


@domain_task
def warm_open_data_task(dialogue_id):
    cells = warm_open_data(Dialogue.objects.get(pk=dialogue_id))
    logger.info("open data of dialogue %s ready: %s cells", dialogue_id, cells)

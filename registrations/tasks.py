"""Celery tasks: thin wrappers around one domain function each."""

import logging

from django.utils import timezone

from dialogues.models import Dialogue
from wetheinternet.celery import domain_task

from .domain.link_requests import send_rights_link_to
from .domain.notifications import send_due_reminders, thank_participants
from .domain.notifications import send_registration_confirmation as send_confirmation
from .domain.panels import execute_panel_run, requeue_stalled_runs
from .domain.retention import purge_expired_personal_data as purge
from .models import Registrant

logger = logging.getLogger(__name__)


@domain_task(name="registrations.tasks.run_panel_selection")
def run_panel_selection(run_id):
    run = execute_panel_run(run_id)
    logger.info("panel run %s: %s", run_id, run.state if run else "not claimed")


@domain_task(name="registrations.tasks.requeue_stalled_panel_runs")
def requeue_stalled_panel_runs():
    count = requeue_stalled_runs(timezone.now())
    if count:
        logger.info("panel runs: %s stalled runs queued again", count)


@domain_task(name="registrations.tasks.purge_expired_personal_data")
def purge_expired_personal_data():
    purges = purge(timezone.now())
    logger.info("retention purge: %s dialogues, %s people erased", len(purges), sum(p.registrants_erased for p in purges))


@domain_task(name="registrations.tasks.send_rights_link")
def send_rights_link(registrant_id):
    send_rights_link_to(registrant_id)


@domain_task(name="registrations.tasks.send_registration_confirmation")
def send_registration_confirmation(registrant_id):
    registrant = Registrant.objects.filter(pk=registrant_id, erased_at__isnull=True).first()
    if registrant is not None:
        send_confirmation(registrant)


@domain_task(name="registrations.tasks.send_participant_reminders")
def send_participant_reminders():
    count = send_due_reminders()
    if count:
        logger.info("participant reminders: %s queued", count)


@domain_task(name="registrations.tasks.thank_participants")
def thank_participants_task(dialogue_id, results_url):
    dialogue = Dialogue.objects.filter(pk=dialogue_id).first()
    if dialogue is not None:
        logger.info("thank-you messages: %s queued", thank_participants(dialogue, results_url=results_url))

import logging

from django.contrib.sessions.models import Session
from django.utils import timezone

from wetheinternet.celery import domain_task

from . import files, outbox
from .messaging import delivery

logger = logging.getLogger(__name__)


@domain_task
def delete_expired_files():
    count = files.delete_expired_files(timezone.now())
    logger.info("deleted %s expired stored files", count)


@domain_task
def clear_expired_sessions():
    count, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    logger.info("cleared %s expired sessions", count)


@domain_task(name="wetheinternet.core.tasks.run_deferred_task")
def run_deferred_task(entry_id):
    outbox.run_deferred(entry_id)


@domain_task(name="wetheinternet.core.tasks.sweep_deferred_tasks")
def sweep_deferred_tasks():
    handed, given_up = outbox.sweep_deferred_tasks()
    if handed or given_up:
        logger.info("deferred tasks: %s handed over again, %s given up", handed, given_up)


@domain_task(name="wetheinternet.core.tasks.send_message")
def send_message(message_id):
    state = delivery.deliver(message_id)
    logger.info("message %s: %s", message_id, state or "nothing to do")


@domain_task(name="wetheinternet.core.tasks.send_due_messages")
def send_due_messages():
    sent = delivery.send_due_messages()
    if sent:
        logger.info("messages: %s sent by the sweep", sent)


@domain_task(name="wetheinternet.core.tasks.purge_old_message_recipients")
def purge_old_message_recipients():
    logger.info("message log: %s addresses removed", delivery.purge_old_recipients())

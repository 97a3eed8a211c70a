import logging

from django.contrib.sessions.models import Session
from django.utils import timezone

from wetheinternet.celery import domain_task

from . import files

logger = logging.getLogger(__name__)


@domain_task
def delete_expired_files():
    count = files.delete_expired_files(timezone.now())
    logger.info("deleted %s expired stored files", count)


@domain_task
def clear_expired_sessions():
    count, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    logger.info("cleared %s expired sessions", count)

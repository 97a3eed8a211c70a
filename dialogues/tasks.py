"""Celery tasks of dialogues: thin wrappers around one domain function each."""

import logging

from wetheinternet.accounts.models import User
from wetheinternet.celery import domain_task

from .domain.applications import email_decline
from .domain.onboarding import email_reminder
from .domain.onboarding_chasers import chase_overdue_onboarding
from .models import Partner, PartnerApplication

logger = logging.getLogger(__name__)


@domain_task(name="dialogues.tasks.send_application_decline")
def send_application_decline(application_id):
    application = PartnerApplication.objects.filter(pk=application_id).select_related("partner__dialogue").first()
    if application is not None:
        email_decline(application)


@domain_task(name="dialogues.tasks.send_onboarding_reminder_emails")
def send_onboarding_reminder_emails(partner_id, user_ids):
    partner = Partner.objects.filter(pk=partner_id).first()
    if partner is not None:
        email_reminder(partner, list(User.objects.filter(pk__in=user_ids, is_active=True).order_by("pk")))


@domain_task(name="dialogues.tasks.chase_overdue_onboarding")
def chase_overdue_onboarding_task():
    count = chase_overdue_onboarding()
    if count:
        logger.info("overdue onboarding: %s chasers queued", count)

import logging

from wetheinternet.celery import domain_task

from .domain import notifications, retention
from .models import Decision, Incident

logger = logging.getLogger(__name__)


@domain_task
def notify_conduct_team(incident_id):
    incident = Incident.objects.filter(pk=incident_id).select_related("site__conduct_contact").first()
    if incident is None:
        return
    count = notifications.notify_conduct_team(incident)
    logger.info("conduct case %s: %s people notified", incident_id, count)


@domain_task
def send_decision_message(decision_id):
    decision = Decision.objects.filter(pk=decision_id).select_related("incident", "subject_user").first()
    if decision is not None:
        count = notifications.send_decision_message(decision)
        logger.info("conduct decision %s: message sent to %s addresses", decision_id, count)


@domain_task
def reduce_expired_cases():
    count = retention.reduce_expired_cases()
    logger.info("reduced %s expired conduct cases to anonymous statistics", count)


@domain_task
def forget_working_session_sign_ups():
    count = retention.forget_working_session_sign_ups()
    logger.info("forgot the names and e-mails of %s working-session sign-ups", count)

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wetheinternet.core.audit import log_action

from ..enums import CLOSED_STATES
from ..models import CaseStatistic, ConsultationAnswer, Incident


def reduce_expired_cases(now=None):
    """Closed cases older than ``CONDUCT_CASE_RETENTION_DAYS`` are reduced to one
    anonymous CaseStatistic row each and deleted with their notes, assignments and
    decision. Idempotent. Side effects: rows deleted and written, audit
    ``conduct.incident.reduced`` per case. Returns the count."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.CONDUCT_CASE_RETENTION_DAYS)
    expired = Incident.objects.filter(state__in=CLOSED_STATES, closed_at__lt=cutoff).select_related("decision")
    count = 0
    for incident in expired.iterator(chunk_size=200):
        with transaction.atomic():
            CaseStatistic.objects.create(
                year=incident.created_at.year,
                final_state=incident.state,
                ladder_step=getattr(getattr(incident, "decision", None), "step", ""),
                was_urgent=incident.is_urgent,
                seconds_to_acknowledge=_seconds(incident.time_to_acknowledge),
                seconds_to_close=_seconds(incident.time_to_resolve),
                reduced_at=now,
            )
            log_action("conduct.incident.reduced", target=incident)
            incident.delete()
        count += 1
    return count


def forget_working_session_sign_ups(now=None):
    """Blank the name and e-mail of people who signed up to a consultation working
    session once ``CONSULTATION_SIGN_UP_RETENTION_DAYS`` have passed since the session
    (the feedback itself stays, anonymous). Idempotent. Side effects: the answers
    updated, audit ``conduct.consultation.sign_ups_forgotten`` with the count. Returns
    the count."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.CONSULTATION_SIGN_UP_RETENTION_DAYS)
    expired = ConsultationAnswer.objects.filter(working_session__starts_at__lt=cutoff).exclude(name="", email="")
    with transaction.atomic():
        count = expired.update(name="", email="")
        if count:
            log_action("conduct.consultation.sign_ups_forgotten", data={"answers": count})
    return count


def _seconds(delta):
    return int(delta.total_seconds()) if delta is not None else None

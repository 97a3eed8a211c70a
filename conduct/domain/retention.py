import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wetheinternet.core.audit import log_action

from ..enums import CLOSED_STATES
from ..models import CaseStatistic, Incident


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


def _seconds(delta):
    return int(delta.total_seconds()) if delta is not None else None

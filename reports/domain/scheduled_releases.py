"""Releases booked by staff for a set time (UTC). The periodic release task
(``release_due_results_task``, every 5 minutes) makes each booking once its time has
come, exactly once even with several workers: the booking is claimed by a conditional
update in the same transaction as the release, so a second worker finds it taken (on
PostgreSQL it waits for the first one's row lock, then sees ``ran_at`` set)."""

import datetime as dt
import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import ReleaseKind
from ..models import ScheduledRelease
from .releases import ReleaseError, release_results

logger = logging.getLogger(__name__)

# Bookings further ahead than this are refused: a typing slip (2062 for 2026) would
# otherwise sit unseen in the list for decades.
FURTHEST_AHEAD = dt.timedelta(days=366)


def upcoming_releases(dialogue):
    """The dialogue's bookings not yet made nor cancelled, earliest first."""
    return (ScheduledRelease.objects.filter(dialogue=dialogue, ran_at=None, cancelled_at=None)
            .select_related("booked_by").order_by("due_at", "pk"))


def schedule_release(dialogue, *, at, by):
    """Book a release of ``dialogue``'s results at ``at`` (an aware time, stored in UTC).
    Side effects: a ScheduledRelease, an audit entry ``reports.release.scheduled``.
    Raises ReleaseError for a time not in the future or more than a year ahead."""
    if timezone.is_naive(at):
        raise ValueError("schedule_release needs an aware time")
    at = at.astimezone(dt.UTC)
    now = timezone.now()
    if at <= now:
        raise ReleaseError(_("This time has already passed: choose a time in the future (UTC)."), field="at")
    if at > now + FURTHEST_AHEAD:
        raise ReleaseError(_("Book a release within the next year."), field="at")
    with transaction.atomic():
        booking = ScheduledRelease.objects.create(dialogue=dialogue, due_at=at, booked_by=by)
        log_action("reports.release.scheduled", actor=by, target=booking,
                   data={"dialogue": dialogue.pk, "due_at": at.isoformat()})
    return booking


def cancel_scheduled_release(booking, *, by):
    """Cancel a booking that has not run. Side effects: ``cancelled_at``/``cancelled_by``
    set, an audit entry ``reports.release.schedule_cancelled``. Raises ReleaseError when
    the release was already made or cancelled (the conditional update makes a worker
    running it at the same moment and this cancellation exclusive)."""
    with transaction.atomic():
        now = timezone.now()
        claimed = ScheduledRelease.objects.filter(pk=booking.pk, ran_at=None, cancelled_at=None).update(
            cancelled_at=now, cancelled_by=by
        )
        booking.refresh_from_db()
        if not claimed:
            if booking.ran_at is not None:
                raise ReleaseError(_("This booked release has already been made; it cannot be cancelled."))
            raise ReleaseError(_("This booked release was already cancelled."))
        log_action("reports.release.schedule_cancelled", actor=by, target=booking,
                   data={"dialogue": booking.dialogue_id, "due_at": booking.due_at.isoformat()})
    return booking


def _run(booking_id, now):
    """Make one due booking, or nothing when another worker or a cancellation took it."""
    with transaction.atomic():
        if not ScheduledRelease.objects.filter(pk=booking_id, ran_at=None, cancelled_at=None).update(ran_at=now):
            return None
        booking = ScheduledRelease.objects.select_related("dialogue", "booked_by").get(pk=booking_id)
        try:
            booking.release = release_results(booking.dialogue, by=booking.booked_by, kind=ReleaseKind.SCHEDULED)
        except ReleaseError:
            logger.info("booked release %s: nothing changed since the last release", booking_id)
            return booking
        booking.save(update_fields=["release"])
        return booking


def run_due_scheduled_releases(now=None):
    """Make every booking whose time has come, each in its own transaction; returns the
    number of releases made. A booking whose dialogue has nothing new is marked as run
    without a release."""
    now = now or timezone.now()
    due = ScheduledRelease.objects.filter(due_at__lte=now, ran_at=None, cancelled_at=None).order_by("due_at", "pk")
    made = 0
    for booking_id in list(due.values_list("pk", flat=True)):
        booking = _run(booking_id, now)
        made += booking is not None and booking.release_id is not None
    return made

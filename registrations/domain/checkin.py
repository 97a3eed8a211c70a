"""Check-in on the day."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import Attendance, RegistrantStatus
from ..models import Registrant, normalise_reference_code
from .exceptions import RegistrationError
from .replacement import replace_from_reserve


def search_site_people(site, query):
    """Selected and reserve people of the site matching a reference code or a name."""
    people = Registrant.objects.filter(
        site=site, status__in=[RegistrantStatus.SELECTED, RegistrantStatus.RESERVE]
    ).select_related("seat__table")
    query = (query or "").strip()
    if not query:
        return people.filter(status=RegistrantStatus.SELECTED)
    return people.filter(
        Q(reference_code=normalise_reference_code(query)) | Q(first_name__icontains=query) | Q(last_name__icontains=query)
    )


def mark_attendance(registrant, attendance, *, by):
    """Record that a selected person came or did not come.

    Side effects: attendance and check-in time on the registrant; audit entry
    ``registrations.checkin.marked``."""
    if attendance not in (Attendance.ATTENDED, Attendance.NO_SHOW):
        raise RegistrationError(_("Choose attended or did not come."))
    if registrant.status not in (RegistrantStatus.SELECTED, RegistrantStatus.RESERVE):
        raise RegistrationError(_("Only people of the panel or the reserve list can be checked in."))
    with transaction.atomic():
        registrant.attendance = attendance
        registrant.checked_in_at = timezone.now() if attendance == Attendance.ATTENDED else None
        registrant.save(update_fields=["attendance", "checked_in_at", "updated_at"])
        log_action("registrations.checkin.marked", actor=by, target=registrant, data={"attendance": attendance})
    return registrant


def fill_seat_from_reserve(no_show, *, by):
    """Give a no-show's seat to the first fitting person on the reserve list, marked
    attended (they are there, waiting)."""
    if no_show.attendance != Attendance.NO_SHOW:
        raise RegistrationError(_("Mark the person as not come before giving their seat away."))
    replacement = replace_from_reserve(no_show, by=by)
    return mark_attendance(replacement, Attendance.ATTENDED, by=by)

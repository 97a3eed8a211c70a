"""Check-in on the day."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from conduct.domain.queries import barred_registrant_ids
from wetheinternet.core.audit import log_action
from wetheinternet.core.lists import words_filter

from ..enums import Attendance, RegistrantStatus
from ..models import AdmissionOverride, Registrant, normalise_reference_code
from .exceptions import RegistrationError
from .replacement import replace_from_reserve

OVERRIDE_REASON_MAX = 2000


def search_site_people(site, query):
    """Selected and reserve people of the site matching a reference code or names: every
    word, in any order, accents and case ignored ("karim fontaine" finds Karim Fontaine)."""
    people = Registrant.objects.filter(
        site=site, status__in=[RegistrantStatus.SELECTED, RegistrantStatus.RESERVE]
    ).select_related("seat__table")
    query = (query or "").strip()
    if not query:
        return people.filter(status=RegistrantStatus.SELECTED)
    by_name = words_filter(query)
    by_code = Q(reference_code=normalise_reference_code(query))
    return people.filter(by_code if by_name is None else by_code | by_name)


def refused_admission(registrant_ids):
    """The ids among ``registrant_ids`` who cannot be marked attended: a conduct
    decision in force bars them (a ban or a suspension) and nobody has recorded an
    override for them."""
    ids = list(registrant_ids)
    barred = set(barred_registrant_ids(ids))
    admitted = set(AdmissionOverride.objects.filter(registrant_id__in=barred).values_list("registrant_id", flat=True))
    return barred - admitted


def mark_attendance(registrant, attendance, *, by):
    """Record that a selected person came or did not come. A person a conduct decision
    bars is not marked attended (see ``admit_despite_conduct_decision``).

    Side effects: attendance and check-in time on the registrant; audit entry
    ``registrations.checkin.marked``."""
    if attendance not in (Attendance.ATTENDED, Attendance.NO_SHOW):
        raise RegistrationError(_("Choose attended or did not come."))
    if registrant.status not in (RegistrantStatus.SELECTED, RegistrantStatus.RESERVE):
        raise RegistrationError(_("Only people of the panel or the reserve list can be checked in."))
    if attendance == Attendance.ATTENDED and refused_admission([registrant.pk]):
        raise RegistrationError(
            _("A conduct decision bars this person: they cannot be marked as attended. Only the site's conduct "
              "contact or the Response Lead can admit them, with a reason.")
        )
    with transaction.atomic():
        _mark(registrant, attendance, by=by)
    return registrant


def _mark(registrant, attendance, *, by):
    registrant.attendance = attendance
    registrant.checked_in_at = timezone.now() if attendance == Attendance.ATTENDED else None
    registrant.save(update_fields=["attendance", "checked_in_at", "updated_at"])
    log_action("registrations.checkin.marked", actor=by, target=registrant, data={"attendance": attendance})


def admit_despite_conduct_decision(registrant, *, reason, by):
    """The site's conduct contact or the Response Lead (the view checks
    ``registrations.override_admission``) admits a person a conduct decision bars.

    Side effects: an AdmissionOverride row with the reason; the person marked attended;
    audit entries ``registrations.checkin.override_recorded`` (ids only, never the
    reason) and ``registrations.checkin.marked``. Raises ``RegistrationError`` without
    a reason, or when nothing bars the person."""
    reason = (reason or "").strip()
    if not reason:
        raise RegistrationError(_("Say why this person is admitted despite the conduct decision."), field="reason")
    if len(reason) > OVERRIDE_REASON_MAX:
        raise RegistrationError(
            _("Keep the reason under %(max)s characters.") % {"max": OVERRIDE_REASON_MAX}, field="reason"
        )
    if registrant.status not in (RegistrantStatus.SELECTED, RegistrantStatus.RESERVE):
        raise RegistrationError(_("Only people of the panel or the reserve list can be checked in."))
    if not refused_admission([registrant.pk]):
        raise RegistrationError(_("No conduct decision bars this person: mark them as attended on the check-in page."))
    with transaction.atomic():
        override = AdmissionOverride.objects.create(registrant=registrant, reason=reason, decided_by=by)
        log_action("registrations.checkin.override_recorded", actor=by, target=registrant,
                   data={"override": override.pk, "site": registrant.site_id})
        _mark(registrant, Attendance.ATTENDED, by=by)
    return override


def fill_seat_from_reserve(no_show, *, by):
    """Give a no-show's seat to the first fitting person on the reserve list who has
    been marked attended at the same site (they are there, waiting); never to someone
    who did not come. Raises ``RegistrationError`` when no present reserve fits."""
    if no_show.attendance != Attendance.NO_SHOW:
        raise RegistrationError(_("Mark the person as not come before giving their seat away."))
    return replace_from_reserve(no_show, by=by, present_at=no_show.site)

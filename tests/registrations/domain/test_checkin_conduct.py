"""Check-in holds conduct decisions and fills seats only from reserves who came."""

import pytest

from registrations.domain.checkin import (
    admit_despite_conduct_decision,
    fill_seat_from_reserve,
    mark_attendance,
    refused_admission,
)
from registrations.domain.exceptions import RegistrationError
from registrations.domain.pool import eligible_registrants
from registrations.models import AdmissionOverride, Registrant, TableSeat
from tests.factories.accounts import RoleAssignmentFactory
from wetheinternet.core.models import AuditEntry

from ..checkin_helpers import decide_about, drawn_and_seated

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("step", ["ban", "suspension"])
def test_a_barred_person_cannot_be_marked_attended(setup, step):
    drawn_and_seated(setup)
    person = Registrant.objects.filter(status="selected").first()
    decide_about(person, step)

    with pytest.raises(RegistrationError) as refused:
        mark_attendance(person, "attended", by=setup.france_member)

    assert refused.value.message == (
        "A conduct decision bars this person: they cannot be marked as attended. Only the site's conduct contact "
        "or the Response Lead can admit them, with a reason."
    )
    person.refresh_from_db()
    assert (person.attendance, person.checked_in_at) == ("", None)


def test_limited_activities_do_not_stop_check_in(setup):
    drawn_and_seated(setup)
    person = Registrant.objects.filter(status="selected").first()
    decide_about(person, "limited_activities")

    mark_attendance(person, "attended", by=setup.france_member)

    person.refresh_from_db()
    assert person.attendance == "attended"


def test_a_barred_person_can_be_marked_not_come_and_their_seat_given_away(setup):
    drawn_and_seated(setup)
    person = TableSeat.objects.get(table__number=1, seat_number=1).registrant
    decide_about(person, "ban")
    reserves = list(Registrant.objects.filter(status="reserve"))
    for reserve in reserves:
        mark_attendance(reserve, "attended", by=setup.france_member)

    mark_attendance(person, "no_show", by=setup.france_member)
    replacement = fill_seat_from_reserve(person, by=setup.france_member)

    assert replacement in reserves
    assert TableSeat.objects.get(table__number=1, seat_number=1).registrant == replacement


def test_override_with_a_reason_admits_and_is_audited_without_the_reason(setup):
    drawn_and_seated(setup)
    person = Registrant.objects.filter(status="selected").first()
    decide_about(person, "ban")
    lead = RoleAssignmentFactory(role="response_lead").user

    override = admit_despite_conduct_decision(person, reason="The ban concerned another dialogue.", by=lead)

    person.refresh_from_db()
    assert person.attendance == "attended"
    assert (override.reason, override.decided_by) == ("The ban concerned another dialogue.", lead)
    assert refused_admission([person.pk]) == set()
    entry = AuditEntry.objects.get(action="registrations.checkin.override_recorded")
    assert entry.data == {"override": override.pk, "site": setup.lyon.pk}
    assert "another dialogue" not in str(entry.data)


@pytest.mark.parametrize("reason", ["", "   "])
def test_override_without_a_reason_is_refused(setup, reason):
    drawn_and_seated(setup)
    person = Registrant.objects.filter(status="selected").first()
    decide_about(person, "ban")

    with pytest.raises(RegistrationError) as refused:
        admit_despite_conduct_decision(person, reason=reason, by=setup.france_member)

    assert refused.value.message == "Say why this person is admitted despite the conduct decision."
    assert not AdmissionOverride.objects.exists()


def test_override_for_someone_nothing_bars_is_refused(setup):
    drawn_and_seated(setup)
    person = Registrant.objects.filter(status="selected").first()

    with pytest.raises(RegistrationError):
        admit_despite_conduct_decision(person, reason="Just in case.", by=setup.france_member)

    assert not AdmissionOverride.objects.exists()


def test_banned_people_are_left_out_of_the_pool(setup):
    drawn_and_seated(setup)
    person = Registrant.objects.first()
    decide_about(person, "ban")

    assert person not in eligible_registrants(setup.dialogue, "FR")
    assert eligible_registrants(setup.dialogue, "FR").count() == 13


def test_fill_seat_takes_only_a_reserve_who_came(setup):
    drawn_and_seated(setup)
    absent = TableSeat.objects.get(table__number=1, seat_number=1).registrant
    first, second = Registrant.objects.filter(status="reserve").order_by("panel_entries__rank")
    mark_attendance(first, "no_show", by=setup.france_member)
    mark_attendance(second, "attended", by=setup.france_member)
    mark_attendance(absent, "no_show", by=setup.france_member)

    replacement = fill_seat_from_reserve(absent, by=setup.france_member)

    assert replacement == second
    first.refresh_from_db()
    assert first.status == "reserve"


def test_fill_seat_refused_when_no_reserve_is_here(setup):
    drawn_and_seated(setup)
    absent = TableSeat.objects.get(table__number=1, seat_number=1).registrant
    mark_attendance(absent, "no_show", by=setup.france_member)

    with pytest.raises(RegistrationError) as refused:
        fill_seat_from_reserve(absent, by=setup.france_member)

    assert refused.value.message == (
        "Nobody on the reserve list who has been checked in at this site can take this place without breaking a "
        "quota. Mark the reserves who came as attended, then try again."
    )
    assert TableSeat.objects.get(table__number=1, seat_number=1).registrant == absent

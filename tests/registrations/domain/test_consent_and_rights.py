import datetime as dt

import pytest
from django.core import signing
from django.utils import timezone

from conduct.domain.acceptance import record_acceptance
from registrations.domain.checkin import mark_attendance
from registrations.domain.consent import withdraw_consent
from registrations.domain.data_rights import correct_registrant, erase_registrant, record_self_service
from registrations.domain.exceptions import DuplicateRegistration, RegistrationError, RightsLinkError
from registrations.domain.export import personal_data
from registrations.domain.queries import personal_names, seat_categories
from registrations.domain.retention import purge_expired_personal_data
from registrations.domain.rights import LINK_SALT, registrant_from_token, rights_token
from registrations.enums import Attendance, DataRightsKind, RegistrantStatus
from registrations.models import DataRightsRequest, RegistrantAnswer, RetentionPurge
from tests.factories.conduct import PublishedVersionFactory
from tests.factories.dialogues import TableFactory
from tests.factories.registrations import RegistrantFactory, TableSeatFactory, answer

pytestmark = pytest.mark.django_db


def test_withdrawing_participation_takes_person_out_of_selection_and_seat(setup):
    person = RegistrantFactory(site=setup.lyon, status="selected")
    TableSeatFactory(registrant=person, table=TableFactory(site=setup.lyon))

    withdraw_consent(person, "participation")

    person.refresh_from_db()
    assert person.status == "withdrawn"
    assert not hasattr(person, "seat") or person.seat is None
    assert person.consents.get(purpose="participation").withdrawn_at is not None


def test_withdrawing_statistics_takes_selected_person_off_the_panel(setup):
    person = RegistrantFactory(site=setup.lyon, status="selected")

    withdraw_consent(person, "statistics")

    person.refresh_from_db()
    assert person.status == "registered"


def test_withdrawing_a_consent_not_given_is_refused(setup):
    person = RegistrantFactory(site=setup.lyon, consents=["participation"])

    with pytest.raises(RegistrationError):
        withdraw_consent(person, "contact")


def test_rights_token_round_trip_and_refusals(setup):
    person = RegistrantFactory(site=setup.lyon)
    token = rights_token(person)

    assert registrant_from_token(token) == person
    assert person.first_name not in token and person.email not in token
    assert person.reference_code not in signing.b64_decode(token.split(":")[0].lstrip(".").encode()).decode("latin-1")
    with pytest.raises(RightsLinkError) as refusal:
        registrant_from_token(token[:-3] + ("abc" if not token.endswith("abc") else "xyz"))
    assert "not valid" in str(refusal.value.message)


def test_rights_token_for_another_registrant_id_is_refused(setup):
    person = RegistrantFactory(site=setup.lyon)
    other = RegistrantFactory(site=setup.lyon)
    forged = signing.dumps([other.pk, rights_token(person)], salt=LINK_SALT, compress=True)

    with pytest.raises(RightsLinkError):
        registrant_from_token(forged)


def test_rights_link_expires_after_30_days(setup, monkeypatch):
    person = RegistrantFactory(site=setup.lyon)
    token = rights_token(person)
    later = timezone.now().timestamp() + dt.timedelta(days=31).total_seconds()
    monkeypatch.setattr("time.time", lambda: later)

    with pytest.raises(RightsLinkError) as refusal:
        registrant_from_token(token)

    assert "expired" in str(refusal.value.message)


def test_correct_registrant_records_a_fulfilled_request(setup):
    person = RegistrantFactory(site=setup.lyon, first_name="Clare")

    changed = correct_registrant(person, {"first_name": "Claire", "phone": "+33 6 00 00 00 01"})

    person.refresh_from_db()
    assert (changed, person.first_name, person.phone) == (["first_name", "phone"], "Claire", "+33600000001")
    request = DataRightsRequest.objects.get()
    assert (request.kind, request.detail, request.fulfilled_at is not None) == ("correction", "first_name, phone", True)


def test_correct_registrant_refuses_someone_elses_email(setup):
    RegistrantFactory(site=setup.lyon, email="taken@example.net")
    person = RegistrantFactory(site=setup.lyon)

    with pytest.raises(DuplicateRegistration):
        correct_registrant(person, {"email": "taken@example.net"})


def test_erase_registrant_keeps_anonymous_answers_and_breaks_the_link(setup):
    person = answer(RegistrantFactory(site=setup.lyon, phone="+331"), [setup.features["gender"]["woman"]])
    token, code = rights_token(person), person.reference_code

    erase_registrant(person)

    person.refresh_from_db()
    assert (person.first_name, person.last_name, person.email, person.phone, person.status) == ("", "", "", "", "erased")
    assert person.reference_code != code
    assert RegistrantAnswer.objects.filter(registrant=person).count() == 1
    assert set(person.consents.filter(withdrawn_at__isnull=True).values_list("purpose", flat=True)) == {"statistics"}
    with pytest.raises(RightsLinkError):
        registrant_from_token(token)
    request = DataRightsRequest.objects.get(kind="erasure")
    assert (request.registrant, request.reference_code) == (None, "")


def test_personal_data_lists_everything_held(setup):
    person = answer(RegistrantFactory(site=setup.lyon, first_name="Inès"), [setup.features["age"]["old"]])

    data = personal_data(person)

    assert data["first_name"] == "Inès"
    assert data["demographic_answers"] == [{"question_code": "age", "question": "Age", "answer_code": "old", "answer": "Old"}]
    assert [c["purpose"] for c in data["consents"]] == ["participation", "statistics"]


def test_retention_purge_erases_people_of_expired_dialogues_and_records_it(setup):
    RegistrantFactory(site=setup.lyon)
    RegistrantFactory(site=setup.nairobi)
    setup.dialogue.deliberation_date = dt.date(2020, 10, 24)
    setup.dialogue.retention_days = 365
    setup.dialogue.save()

    purges = purge_expired_personal_data(timezone.now())
    again = purge_expired_personal_data(timezone.now())

    assert [(p.registrants_erased, p.consents_closed) for p in purges] == [(2, 2)]
    assert again == []
    assert RetentionPurge.objects.count() == 1
    assert personal_names(setup.dialogue) == set()


def test_retention_purge_leaves_current_dialogues_alone(setup):
    RegistrantFactory(site=setup.lyon)

    assert purge_expired_personal_data(timezone.now()) == []


def test_seat_categories_only_for_statistics_consent(setup):
    table = TableFactory(site=setup.lyon)
    woman, man = setup.features["gender"]["woman"], setup.features["gender"]["man"]
    young = setup.features["age"]["young"]
    consenting = answer(RegistrantFactory(site=setup.lyon), [woman, young])
    refusing = answer(RegistrantFactory(site=setup.lyon, consents=["participation"]), [man])
    TableSeatFactory(table=table, seat_number=1, registrant=consenting)
    TableSeatFactory(table=table, seat_number=2, registrant=refusing)

    assert seat_categories(table) == {1: [woman.pk, young.pk]}


def test_personal_names_lists_first_last_and_full_names(setup):
    RegistrantFactory(site=setup.lyon, first_name="Léa", last_name="Roux")

    assert personal_names(setup.dialogue) == {"Léa", "Roux", "Léa Roux"}


def test_personal_data_holds_check_in_conduct_requests_witness_and_codes(setup, staff_user):
    person = answer(RegistrantFactory(site=setup.lyon, status=RegistrantStatus.SELECTED),
                    [setup.features["age"]["old"]])
    consent = person.consents.get(purpose="participation")
    consent.witness = staff_user
    consent.save()
    mark_attendance(person, Attendance.ATTENDED, by=staff_user)
    version = PublishedVersionFactory(number=4)
    record_acceptance(version=version, dialogue=setup.dialogue, method="online", participant_id=person.pk)
    record_self_service(person, DataRightsKind.ACCESS, detail="pdf")

    data = personal_data(person)

    assert data["attendance"] == "attended"
    assert data["checked_in_at"] == person.checked_in_at.isoformat()
    assert data["demographic_answers"] == [
        {"question_code": "age", "question": "Age", "answer_code": "old", "answer": "Old"}
    ]
    assert data["consents"][0]["witness"] == staff_user.full_name
    assert [(a["code"], a["version"], a["method"]) for a in data["code_of_conduct"]] == [
        (version.code.title, 4, "online")
    ]
    assert [(r["kind"], r["detail"]) for r in data["requests"]] == [("access", "pdf")]

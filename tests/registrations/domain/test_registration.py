import pytest

from registrations.domain.exceptions import DuplicateRegistration, RegistrationError
from registrations.domain.registration import RegistrationData, register_participant
from registrations.enums import ConsentMethod, ConsentPurpose
from registrations.models import ConsentRecord, Registrant
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _data(setup, **overrides):
    values = {
        "country": "FR",
        "first_name": "Claire",
        "last_name": "Moreau",
        "email": "claire@example.net",
        "answers": {setup.features["gender"]["woman"].feature: setup.features["gender"]["woman"]},
        "consents": {ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS},
        "consent_language": "fr",
    }
    return RegistrationData(**(values | overrides))


def test_register_participant_stores_answers_and_one_consent_per_purpose(setup, mailoutbox, django_capture_on_commit_callbacks, eager_tasks):
    with django_capture_on_commit_callbacks(execute=True):
        person = register_participant(setup.dialogue, _data(setup), site=setup.lyon)

    records = ConsentRecord.objects.filter(registrant=person).order_by("purpose")
    assert [(r.purpose, r.text.version, r.language, r.method) for r in records] == [
        ("participation", 1, "fr", "online"),
        ("statistics", 1, "fr", "online"),
    ]
    assert list(person.answers.values_list("category__code", flat=True)) == ["woman"]
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["claire@example.net"]
    assert person.reference_code in mailoutbox[0].body


def test_register_participant_audit_entry_holds_no_personal_data(setup):
    person = register_participant(setup.dialogue, _data(setup), site=setup.lyon)

    entry = AuditEntry.objects.get(action="registrations.registrant.registered")
    assert entry.target_id == str(person.pk)
    assert "Claire" not in str(entry.data) and "claire@" not in str(entry.data)
    assert str(person) == person.reference_code


def test_register_participant_refuses_same_email_in_same_dialogue(setup):
    register_participant(setup.dialogue, _data(setup), site=setup.lyon)

    with pytest.raises(DuplicateRegistration) as refusal:
        register_participant(setup.dialogue, _data(setup, email="CLAIRE@example.net"), site=setup.lyon)

    assert refusal.value.field == "email"
    assert "already registered for this dialogue with this e-mail address" in str(refusal.value.message)
    assert Registrant.objects.count() == 1


def test_register_participant_refuses_same_phone_written_differently(setup):
    register_participant(setup.dialogue, _data(setup, email="", phone="+33 6 12 34 56 78"), site=setup.lyon)

    with pytest.raises(DuplicateRegistration) as refusal:
        register_participant(setup.dialogue, _data(setup, email="", phone="+336-12-34-56-78"), site=setup.lyon)

    assert refusal.value.field == "phone"


def test_register_participant_refuses_without_participation_consent(setup):
    with pytest.raises(RegistrationError) as refusal:
        register_participant(setup.dialogue, _data(setup, consents={ConsentPurpose.CONTACT}), site=setup.lyon)

    assert refusal.value.field == "consent_participation"
    assert Registrant.objects.count() == 0


def test_register_participant_refuses_photographs_outside_media_sites(setup):
    consents = {ConsentPurpose.PARTICIPATION, ConsentPurpose.PHOTOGRAPHS}

    with pytest.raises(RegistrationError):
        register_participant(setup.dialogue, _data(setup, consents=consents), site=setup.lyon)

    setup.lyon.is_media_site = True
    setup.lyon.save()
    person = register_participant(setup.dialogue, _data(setup, consents=consents), site=setup.lyon)
    assert set(person.consents.values_list("purpose", flat=True)) == {"participation", "photographs"}


def test_assisted_registration_records_witness_and_allows_no_contact(setup):
    person = register_participant(
        setup.dialogue, _data(setup, email="", consent_language="ar"), site=setup.lyon,
        method=ConsentMethod.ASSISTED, by=setup.france_member,
    )

    record = person.consents.get(purpose="participation")
    assert (record.method, record.witness, record.language) == ("assisted", setup.france_member, "ar")
    assert person.registered_by == setup.france_member


def test_online_registration_needs_email_or_phone(setup):
    with pytest.raises(RegistrationError) as refusal:
        register_participant(setup.dialogue, _data(setup, email=""), site=setup.lyon)

    assert refusal.value.field == "email"


def test_register_participant_records_code_of_conduct_acceptance(setup):
    from conduct.models import Acceptance
    from tests.factories.conduct import PublishedVersionFactory

    version = PublishedVersionFactory()

    with pytest.raises(RegistrationError) as refusal:
        register_participant(setup.dialogue, _data(setup), site=setup.lyon)
    person = register_participant(setup.dialogue, _data(setup, accepts_conduct=True), site=setup.lyon)

    assert refusal.value.field == "accepts_conduct"
    acceptance = Acceptance.objects.get(participant_id=person.pk)
    assert (acceptance.version, acceptance.method) == (version, "online")

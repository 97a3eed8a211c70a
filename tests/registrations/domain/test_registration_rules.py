"""The registration rules: one pure function asked by the public form, the assisted
form, the paper import and ``register_participant``."""

from registrations.domain.exceptions import DuplicateRegistration, RegistrationError
from registrations.domain.registration import RegistrationData, registration_problems
from registrations.enums import ConsentMethod

ALL_PURPOSES = {"participation", "contact", "statistics"}


def _problems(data, *, method=ConsentMethod.ONLINE, purposes=ALL_PURPOSES, conduct_required=False, duplicate=None):
    return [
        (p.field, p.message, p.error)
        for p in registration_problems(
            data, method=method, consent_purposes=purposes, conduct_required=conduct_required, duplicate=duplicate
        )
    ]


def test_a_complete_registration_breaks_no_rule():
    data = RegistrationData(country="FR", first_name="Claire", email="c@example.net", consents={"participation"})

    assert _problems(data) == []


def test_every_broken_rule_is_named_beside_its_field():
    data = RegistrationData(country="FR", first_name=" ", consents={"photographs"})

    assert _problems(data, conduct_required=True, duplicate="phone") == [
        ("first_name", "A first name is needed.", RegistrationError),
        ("consent_participation", "Without consent to take part the person cannot be registered.", RegistrationError),
        ("email", "Give an e-mail address or a phone number so that we can reach you.", RegistrationError),
        ("accepts_conduct", "Please accept the code of conduct to register.", RegistrationError),
        ("phone", _duplicate_phone_message(), DuplicateRegistration),
        ("consent_photographs", "Photographs are only taken at media sites.", RegistrationError),
    ]


def test_assisted_and_paper_registrations_need_no_contact():
    data = RegistrationData(country="FR", first_name="Awino", consents={"participation"})

    assert (_problems(data, method=ConsentMethod.ASSISTED), _problems(data, method=ConsentMethod.PAPER)) == ([], [])


def test_a_consent_without_its_current_text_cannot_be_given():
    data = RegistrationData(country="FR", first_name="Claire", phone="+331", consents={"participation", "contact"})

    assert _problems(data, purposes={"participation"}) == [
        ("consent_contact", "This consent cannot be given here.", RegistrationError)
    ]


def _duplicate_phone_message():
    from registrations.domain.registration import duplicate_message

    return duplicate_message("phone")

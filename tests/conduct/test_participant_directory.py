"""Conduct finds participants only through the directory registrations installs; with
none installed, nobody is found (a missing directory never links a stranger)."""

import pytest

from conduct.domain import participants
from conduct.domain.participants import Participant, find_participant, participant
from tests.factories.registrations import RegistrantFactory

pytestmark = pytest.mark.django_db


def test_registrations_installs_its_directory_when_it_starts():
    person = RegistrantFactory(preferred_language="ar")

    found = find_participant(person.reference_code.lower(), site=person.site)

    assert found == Participant(id=person.pk, reference_code=person.reference_code, email=person.email, language="ar")
    assert participant(person.pk) == found


def test_a_participant_of_another_site_is_not_found_for_this_one():
    person, elsewhere = RegistrantFactory(), RegistrantFactory()

    assert find_participant(person.reference_code, site=elsewhere.site) is None


def test_without_a_directory_nobody_is_found(monkeypatch):
    person = RegistrantFactory()
    monkeypatch.setattr(participants, "_directory", None)

    assert (find_participant(person.reference_code), participant(person.pk)) == (None, None)

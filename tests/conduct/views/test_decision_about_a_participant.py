"""A decision about a participant without an account: conduct keeps only their id and
reaches them through the directory registrations installs (``conduct.domain.participants``)."""

import pytest
from django.core import mail
from django.urls import reverse

from conduct.domain.notifications import send_decision_message
from conduct.domain.participants import find_participant
from conduct.domain.queries import barred_registrant_ids, participant_flags
from conduct.models import Decision
from registrations.domain.data_rights import erase_registrant
from tests.factories.registrations import RegistrantFactory
from tests.helpers import deliver_messages, signed_in

pytestmark = pytest.mark.django_db

BAN = {"step": "ban", "repair_step": "None possible.", "message": "You may not take part any more."}


def _ban(client, incident, reference):
    return client.post(reverse("conduct:decide", args=[incident.pk]), {**BAN, "subject_reference": reference})


def test_lead_bans_a_participant_by_the_code_they_read_off_the_slip(client, incident, response_lead):
    person = RegistrantFactory(site=incident.site, preferred_language="es")
    signed_in(client, response_lead)

    response = _ban(client, incident, person.reference_code.lower().replace("-", " "))
    page = client.get(reverse("conduct:case", args=[incident.pk])).content.decode()

    decision = Decision.objects.get(incident=incident)
    assert response.status_code == 302
    assert (decision.step, decision.subject_participant_id) == ("ban", person.pk)
    assert person.reference_code in page
    assert list(barred_registrant_ids([person.pk])) == [person.pk]
    assert list(participant_flags([person.pk])) == [person.pk]


def test_the_decision_message_reaches_the_participant_in_their_language(client, incident, response_lead):
    person = RegistrantFactory(site=incident.site, preferred_language="es")
    signed_in(client, response_lead)
    _ban(client, incident, person.reference_code)

    sent = send_decision_message(Decision.objects.get(incident=incident))
    deliver_messages()

    assert sent == 1
    assert [message.to for message in mail.outbox] == [[person.email]]
    assert "You may not take part any more." in mail.outbox[0].body


def test_an_unknown_reference_code_is_refused_and_nothing_is_decided(client, incident, response_lead):
    signed_in(client, response_lead)

    response = _ban(client, incident, "ZZZZ-9999")

    assert response.status_code == 400
    assert "No participant has this reference code." in response.content.decode()
    assert not Decision.objects.filter(incident=incident).exists()


def test_hostile_reference_codes_never_fail_the_page(client, incident, response_lead):
    signed_in(client, response_lead)

    statuses = {_ban(client, incident, typed).status_code for typed in ["' OR 1=1 --", "\u202e" * 20, "%", "-"]}

    assert statuses == {400}
    assert not Decision.objects.filter(incident=incident).exists()


def test_after_erasure_conduct_shows_and_mails_nothing_of_the_person(client, incident, response_lead):
    person = RegistrantFactory(site=incident.site)
    old_code = person.reference_code
    signed_in(client, response_lead)
    _ban(client, incident, old_code)

    erase_registrant(person)
    page = client.get(reverse("conduct:case", args=[incident.pk])).content.decode()
    sent = send_decision_message(Decision.objects.get(incident=incident))
    deliver_messages()

    assert old_code not in page
    assert sent == 0
    assert find_participant(old_code) is None

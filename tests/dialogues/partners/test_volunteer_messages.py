"""A partner writes to its note takers, facilitators or conduct contacts and sees how
the messages went; nobody else's volunteers, nobody but a coordinator."""

import pytest
from django.core import mail
from django.urls import reverse

from dialogues.domain.volunteer_messages import volunteers_of
from dialogues.enums import PartnerRole
from dialogues.models import PartnerMessage
from tests.factories.accounts import UserFactory
from tests.factories.dialogues import PartnerMembershipFactory, SiteFactory, TableFactory
from tests.helpers import deliver_messages, signed_in
from wetheinternet.core.models import Message

pytestmark = pytest.mark.django_db


@pytest.fixture
def tables(partner, other_partner):
    site = SiteFactory(partner=partner)
    note_fr, note_es = UserFactory(preferred_language="fr"), UserFactory(preferred_language="es")
    facilitator = UserFactory()
    TableFactory(site=site, note_taker=note_fr, facilitator=facilitator)
    TableFactory(site=site, note_taker=note_es)
    TableFactory(site=site, note_taker=note_fr)  # at two tables: written to once
    TableFactory(site=SiteFactory(partner=other_partner), note_taker=UserFactory())
    return note_fr, note_es, facilitator


def _url(partner):
    return reverse("dialogues:volunteer_messages", kwargs={"pk": partner.pk})


def _post(client, partner, audience="note_takers", text="Bring your laptop charged."):
    return client.post(_url(partner), {"audience": audience, "subject": "Saturday", "text": text})


def test_a_coordinator_writes_to_their_note_takers_each_once_and_sees_the_log(client, partner, coordinator, tables):
    note_fr, note_es, _facilitator = tables
    signed_in(client, coordinator)

    response = _post(client, partner)
    deliver_messages()
    page = client.get(_url(partner)).content.decode()

    assert response.status_code == 302
    assert sorted((m.to[0], m.subject) for m in mail.outbox) == sorted(
        [(note_fr.email, "Saturday"), (note_es.email, "Saturday")])
    by_address = {m.to[0]: m.body for m in mail.outbox}
    assert by_address[note_fr.email].startswith("Bring your laptop charged.")
    assert f"Envoyé par {partner.name} via Nous, l'Internet." in by_address[note_fr.email]
    assert set(Message.objects.values_list("purpose", "state")) == {("dialogues.volunteer_message.note_takers", "sent")}
    assert "<td>2</td><td>2</td><td>0</td><td>0</td>" in page
    assert note_fr.email not in page


def test_facilitators_and_conduct_contacts_are_groups_of_their_own(partner, coordinator, tables):
    _note_fr, _note_es, facilitator = tables
    contact = UserFactory()
    SiteFactory(partner=partner, conduct_contact=contact)

    assert list(volunteers_of(partner, "facilitators")) == [facilitator]
    assert list(volunteers_of(partner, "conduct_contacts")) == [contact]
    assert len(volunteers_of(partner, "volunteers")) == 3


def test_an_empty_group_is_refused_with_a_message_and_nothing_is_sent(client, partner, coordinator, tables):
    signed_in(client, coordinator)

    response = _post(client, partner, audience="conduct_contacts")

    assert "Nobody is in this group yet" in response.content.decode()
    assert (PartnerMessage.objects.count(), Message.objects.count()) == (0, 0)


@pytest.mark.parametrize("data", [{"audience": "everyone", "subject": "x", "text": "y"},
                                  {"audience": "note_takers", "subject": "", "text": "y"},
                                  {"audience": "note_takers", "subject": "x", "text": "y" * 5001}])
def test_bad_input_is_refused_on_the_form(client, partner, coordinator, tables, data):
    signed_in(client, coordinator)

    response = client.post(_url(partner), data)

    assert response.status_code == 200 and Message.objects.count() == 0


def test_another_partners_coordinator_cannot_write_to_these_volunteers(client, partner, other_partner, tables):
    signed_in(client, other_partner.memberships.get(role=PartnerRole.COORDINATOR).user)

    assert _post(client, partner).status_code == 403
    assert client.get(_url(partner)).status_code == 403
    assert Message.objects.count() == 0


def test_partner_staff_who_are_not_coordinators_cannot_write(client, partner, tables):
    staff_member = PartnerMembershipFactory(partner=partner, role=PartnerRole.STAFF).user
    signed_in(client, staff_member)

    assert _post(client, partner).status_code == 403
    assert Message.objects.count() == 0

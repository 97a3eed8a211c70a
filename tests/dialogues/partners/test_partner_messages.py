"""Organiser staff write to partners chosen by region, onboarding state or country:
they see how many coordinators it goes to, then each is written to once, in their
language; the send is audited and resumable; partners are refused the page."""

import pytest
from django.core import mail
from django.urls import reverse

from dialogues.domain.partner_messages import message_partners, recipients_of
from dialogues.enums import PartnerRole
from dialogues.models import StaffMessage
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory
from tests.helpers import deliver_messages, signed_in
from wetheinternet.core.models import AuditEntry, Message

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(db):
    """France (trained, coordinator in French), Kenya (approved, Spanish), Belgium
    (trained, with the French coordinator too) and Brazil (ready)."""
    france = PartnerFactory(countries=["FR"], state="trained")
    dialogue = france.dialogue
    kenya = PartnerFactory(dialogue=dialogue, countries=["KE"], state="approved")
    belgium = PartnerFactory(dialogue=dialogue, countries=["BE"], state="trained")
    brazil = PartnerFactory(dialogue=dialogue, countries=["BR"], state="ready")
    amelie, juana = UserFactory(preferred_language="fr"), UserFactory(preferred_language="es")
    PartnerMembershipFactory(partner=france, user=amelie)
    PartnerMembershipFactory(partner=belgium, user=amelie)  # coordinates two partners: written to once
    PartnerMembershipFactory(partner=kenya, user=juana)
    PartnerMembershipFactory(partner=brazil)
    PartnerMembershipFactory(partner=france, role=PartnerRole.STAFF)  # not a coordinator
    return {"FR": france, "KE": kenya, "BE": belgium, "BR": brazil, "amelie": amelie, "juana": juana}


def _url(partners):
    return reverse("dialogues:partner_messages", args=[partners["FR"].dialogue.slug])


def _form(**changes):
    return {
        "region": "",
        "state": "",
        "country": "",
        "subject": "Training on Friday",
        "text": "The data-privacy training opens on Friday.",
        **changes,
    }


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"region": "150"}, {"FR", "BE"}),
        ({"state": "trained"}, {"FR", "BE"}),
        ({"country": "KE"}, {"KE"}),
        ({"region": "150", "state": "approved"}, set()),
        ({}, {"FR", "KE", "BE", "BR"}),
    ],
)
def test_partners_are_chosen_by_region_state_and_country(partners, filters, expected):
    chosen, _people = recipients_of(partners["FR"].dialogue, **filters)

    assert {partner.countries[0].code for partner in chosen} == expected


def test_staff_see_how_many_it_goes_to_before_anything_is_sent(client, partners):
    signed_in(client, StaffFactory())

    response = client.post(_url(partners), _form(region="150"))

    assert response.status_code == 200
    assert "This message goes to 1 coordinator of 2 partner(s)." in response.content.decode()
    assert (StaffMessage.objects.count(), Message.objects.count()) == (0, 0)


def test_once_confirmed_each_coordinator_gets_one_email_in_their_language(client, partners):
    staff = StaffFactory()
    signed_in(client, staff)

    response = client.post(_url(partners), _form(state="", region="", country="", confirmed_recipients="3"))
    deliver_messages()

    assert response.status_code == 302
    by_address = {email.to[0]: email for email in mail.outbox}
    assert len(mail.outbox) == 3 and set(by_address) >= {partners["amelie"].email, partners["juana"].email}
    french, spanish = by_address[partners["amelie"].email], by_address[partners["juana"].email]
    name = partners["FR"].dialogue.name
    assert french.subject == "Training on Friday"
    assert french.body.startswith("The data-privacy training opens on Friday.")
    assert (
        f"Envoyé par les organisateurs de {name} aux coordinateurs des partenaires, via Nous, l'Internet."
        in french.body
    )
    assert (
        f"Enviado por los organizadores de {name} a los coordinadores de los socios, a través de Nosotros, Internet."
        in spanish.body
    )
    entry = AuditEntry.objects.get(action="dialogues.partners.messaged")
    assert (entry.actor, entry.data) == (
        staff,
        {"region": "", "state": "", "country": "", "partners": 4, "recipients": 3},
    )
    page = client.get(_url(partners)).content.decode()
    assert "<td>4</td><td>3</td><td>3</td><td>0</td><td>0</td>" in page
    assert partners["amelie"].email not in page


def test_a_count_confirmed_for_other_filters_shows_the_new_count_instead_of_sending(client, partners):
    signed_in(client, StaffFactory())

    response = client.post(_url(partners), _form(country="KE", confirmed_recipients="3"))

    assert "This message goes to 1 coordinator of 1 partner(s)." in response.content.decode()
    assert Message.objects.count() == 0


def test_filters_matching_nobody_are_refused_with_a_message(client, partners):
    signed_in(client, StaffFactory())

    response = client.post(_url(partners), _form(region="150", state="approved", confirmed_recipients="0"))

    assert response.status_code == 200
    assert "No partner coordinator matches these filters." in response.content.decode()
    assert Message.objects.count() == 0


@pytest.mark.parametrize(
    "field, value", [("region", "mars"), ("state", "asleep"), ("country", "XX"), ("subject", ""), ("text", "x" * 5001)]
)
def test_bad_input_is_refused_without_sending(client, partners, field, value):
    signed_in(client, StaffFactory())

    response = client.post(_url(partners), _form(**{field: value}, confirmed_recipients="3"))

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert Message.objects.count() == 0


def test_partners_are_refused_the_page(client, partners):
    signed_in(client, partners["amelie"])

    assert client.get(_url(partners)).status_code == 403
    assert client.post(_url(partners), _form(confirmed_recipients="3")).status_code == 403
    assert Message.objects.count() == 0


def test_an_unknown_dialogue_is_a_404_for_staff(client, partners):
    signed_in(client, StaffFactory())

    assert client.get(reverse("dialogues:partner_messages", args=["no-such-dialogue"])).status_code == 404


def test_a_send_goes_through_the_rate_limited_batch_and_a_resumed_one_writes_to_nobody_twice(partners):
    record = message_partners(partners["FR"].dialogue, by=None, subject="S", text="T")

    messages = Message.objects.filter(batch=record.batch)
    assert messages.count() == 3 and set(messages.values_list("state", flat=True)) == {"queued"}
    assert deliver_messages() == 3
    assert deliver_messages() == 0
    assert len(mail.outbox) == 3

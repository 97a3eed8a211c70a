import pytest
from django.urls import reverse

from registrations.models import AdmissionOverride, Registrant
from tests.factories.accounts import RoleAssignmentFactory, UserFactory
from tests.factories.dialogues import PartnerMembershipFactory
from tests.helpers import signed_in

from ..checkin_helpers import decide_about, drawn_and_seated

pytestmark = pytest.mark.django_db


@pytest.fixture
def banned(setup):
    drawn_and_seated(setup)
    person = Registrant.objects.filter(status="selected").order_by("pk").first()
    decide_about(person, "ban")
    return person


def _check_in_url(setup):
    return reverse("registrations:check_in", kwargs={"site_id": setup.lyon.pk})


def _override_url(setup, person):
    return reverse("registrations:admit_override", kwargs={"site_id": setup.lyon.pk, "registrant_id": person.pk})


def _card(page, person):
    start = page.index(person.reference_code)
    return page[start:page.index("</li>", start)]


def test_check_in_page_shows_no_attended_button_for_a_banned_person(client, setup, banned):
    signed_in(client, setup.france_member)

    page = client.get(_check_in_url(setup)).content.decode()

    card = _card(page, banned)
    assert "Banned under the code of conduct: do not admit." in card
    assert 'value="attended"' not in card
    assert "Not admitted: only the site's conduct contact or the Response Lead can admit this person" in card
    assert "Page for the conduct contact or the Response Lead" in card
    other = Registrant.objects.filter(status="selected").exclude(pk=banned.pk).order_by("pk").first()
    assert '<button type="submit" name="action" value="attended">' in _card(page, other)


def test_posting_attended_for_a_banned_person_is_refused_with_a_message(client, setup, banned):
    signed_in(client, setup.france_member)

    response = client.post(_check_in_url(setup), {"action": "attended", "registrant": banned.pk}, follow=True)

    assert "A conduct decision bars this person: they cannot be marked as attended." in response.content.decode()
    banned.refresh_from_db()
    assert banned.attendance == ""


def test_site_conduct_contact_admits_with_a_reason(client, setup, banned):
    contact = UserFactory()
    setup.lyon.conduct_contact = contact
    setup.lyon.save()
    signed_in(client, contact)

    page = client.get(_check_in_url(setup)).content.decode()
    response = client.post(_override_url(setup, banned), {"reason": "Decision lifted by phone; paperwork follows."})

    assert "Admit with a reason" in _card(page, banned)
    assert response["Location"] == _check_in_url(setup)
    banned.refresh_from_db()
    assert banned.attendance == "attended"
    assert AdmissionOverride.objects.get().decided_by == contact


def test_response_lead_admits_with_a_reason(client, setup, banned):
    lead = RoleAssignmentFactory(role="response_lead").user
    signed_in(client, lead)

    client.post(_override_url(setup, banned), {"reason": "Appeal upheld."})

    assert AdmissionOverride.objects.get().reason == "Appeal upheld."


def test_override_without_a_reason_shows_the_message(client, setup, banned):
    signed_in(client, RoleAssignmentFactory(role="response_lead").user)

    response = client.post(_override_url(setup, banned), {"reason": "  "})

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not AdmissionOverride.objects.exists()


@pytest.mark.parametrize("who", ["partner_member", "second_partner_member", "handler", "other_site_contact"])
def test_override_is_refused_to_anyone_else(client, setup, banned, who):
    users = {
        "partner_member": lambda: setup.france_member,
        "second_partner_member": lambda: PartnerMembershipFactory(partner=setup.kenya).user,
        "handler": lambda: RoleAssignmentFactory(role="conduct_handler").user,
        "other_site_contact": lambda: _contact_of(setup.nairobi),
    }
    signed_in(client, users[who]())

    page = client.get(_override_url(setup, banned))
    post = client.post(_override_url(setup, banned), {"reason": "Let them in."})

    assert (page.status_code, post.status_code) == (403, 403)
    assert not AdmissionOverride.objects.exists()


def _contact_of(site):
    user = UserFactory()
    site.conduct_contact = user
    site.save()
    return user

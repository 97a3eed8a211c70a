import pytest
from django.urls import reverse

from tests.factories.accounts import RoleAssignmentFactory, StaffFactory, UserFactory
from tests.factories.dialogues import PartnerMembershipFactory, SiteFactory, TableFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


def _user_with_role(role):
    if role == "staff":
        return StaffFactory()
    if role == "partner":
        return PartnerMembershipFactory().user
    if role == "conduct_contact":
        return SiteFactory(conduct_contact=UserFactory()).conduct_contact
    if role == "facilitator":
        return TableFactory(facilitator=UserFactory()).facilitator
    if role == "note_taker":
        return TableFactory(note_taker=UserFactory()).note_taker
    return RoleAssignmentFactory(role=role).user


HOMES = {
    "staff": "dialogues:staff_home",
    "partner": "dialogues:partner_home",
    "conduct_contact": "conduct:contact_home",
    "facilitator": "results:facilitator_home",
    "note_taker": "results:note_taker_home",
    "response_lead": "conduct:queue",
    "conduct_handler": "conduct:queue",
}


@pytest.mark.parametrize("role", list(HOMES))
def test_home_redirects_each_role_to_its_home_page(client, role):
    signed_in(client, _user_with_role(role))

    response = client.get(reverse("home"))

    assert response.status_code == 302
    assert response.url == reverse(HOMES[role])


@pytest.mark.parametrize("role", list(HOMES))
def test_each_role_is_refused_the_other_roles_home_pages(client, role):
    signed_in(client, _user_with_role(role))
    others = {url_name for other, url_name in HOMES.items() if url_name != HOMES[role]}

    statuses = {url_name: client.get(reverse(url_name)).status_code for url_name in others}

    assert statuses == {url_name: 403 for url_name in others}


def test_home_lists_every_home_of_a_user_with_two_roles(client):
    table = TableFactory(facilitator=UserFactory())
    table.note_taker = table.facilitator
    table.save()
    signed_in(client, table.facilitator)

    response = client.get(reverse("home"))

    assert response.status_code == 200
    assert [page.url_name for page in response.context["pages"]] == [
        "results:facilitator_home",
        "results:note_taker_home",
    ]


def test_home_explains_when_an_account_has_no_role(client):
    signed_in(client, UserFactory())

    response = client.get(reverse("home"))

    assert "Your account has no role yet" in response.content.decode()


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(reverse("dialogues:staff_home"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_partner_home_shows_only_own_partner(client, two_partners):
    mine, other = two_partners
    SiteFactory(partner=mine, name="Our site")
    SiteFactory(partner=other, name="Their site")
    signed_in(client, mine.memberships.get().user)

    page = client.get(reverse("dialogues:partner_home")).content.decode()

    assert "Our site" in page
    assert "Their site" not in page

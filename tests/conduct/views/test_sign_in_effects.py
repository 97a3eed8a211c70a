"""Effects at sign-in: accepting a newly published version, and suspended accounts."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from conduct.domain.acceptance import record_acceptance
from conduct.domain.versions import publish_version, start_new_version
from conduct.enums import AcceptanceMethod
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.conduct import PublishedVersionFactory
from tests.factories.dialogues import PartnerMembershipFactory
from wetheinternet.accounts.domain.suspensions import lift_suspension, suspend_sign_in

pytestmark = pytest.mark.django_db


def _sign_in(client, user):
    return client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


def test_user_is_asked_to_accept_a_newly_published_version_at_sign_in(client):
    member = PartnerMembershipFactory().user
    old = PublishedVersionFactory()
    record_acceptance(version=old, dialogue=None, method=AcceptanceMethod.ONLINE, user=member)
    new = start_new_version(old.code, by=None, title="Code of conduct", body="## Our pledge\n\nWe listen, always.")
    publish_version(new, by=None)

    _sign_in(client, member)
    home = client.get(reverse("dialogues:partner_home"))
    page = client.get(home.url)

    assert home.url.startswith(reverse("conduct:accept"))
    assert f"A new version ({new.number}) of the code of conduct is in force." in page.content.decode()
    assert "See what changed" in page.content.decode()


def test_accepting_records_it_and_lets_the_user_through(client):
    member = PartnerMembershipFactory().user
    version = PublishedVersionFactory()
    _sign_in(client, member)

    response = client.post(reverse("conduct:accept"), {"next": reverse("dialogues:partner_home")})
    after = client.get(reverse("dialogues:partner_home"))

    acceptance = version.acceptances.get()
    assert (acceptance.user, acceptance.method, acceptance.dialogue) == (member, "online", None)
    assert response.url == reverse("dialogues:partner_home")
    assert after.status_code == 200


def test_user_who_accepted_is_not_asked_again(client):
    member = PartnerMembershipFactory().user
    version = PublishedVersionFactory()
    record_acceptance(version=version, dialogue=None, method=AcceptanceMethod.ONLINE, user=member)

    _sign_in(client, member)

    assert client.get(reverse("dialogues:partner_home")).status_code == 200


def test_accept_page_refuses_a_next_address_on_another_site(client):
    member = PartnerMembershipFactory().user
    PublishedVersionFactory()
    _sign_in(client, member)

    response = client.post(reverse("conduct:accept"), {"next": "https://evil.example.com/"})

    assert response.url == reverse("home")


def test_suspended_user_is_refused_at_sign_in_with_a_clear_message(client):
    user = UserFactory()
    until = timezone.now() + dt.timedelta(days=10)
    suspend_sign_in(user, reference="test.1", ends_at=until, by=None)

    response = _sign_in(client, user)

    page = response.content.decode()
    assert response.status_code == 403
    assert "Your account is suspended" in page
    assert f"cannot sign in until {until:%-d %B %Y}" in page
    assert "_auth_user_id" not in client.session


def test_banned_user_is_refused_for_good(client):
    user = UserFactory()
    suspend_sign_in(user, reference="test.ban", ends_at=None, by=None)

    response = _sign_in(client, user)

    assert "can no longer sign in" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_user_signs_in_again_once_the_suspension_is_lifted(client):
    user = UserFactory()
    suspend_sign_in(user, reference="test.2", ends_at=timezone.now() + dt.timedelta(days=1), by=None)
    lift_suspension(reference="test.2", by=None)

    response = _sign_in(client, user)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_user_suspended_while_signed_in_is_signed_out_at_the_next_page(client):
    member = PartnerMembershipFactory().user
    client.force_login(member)
    suspend_sign_in(member, reference="test.3", ends_at=timezone.now() + dt.timedelta(days=1), by=None)

    response = client.get(reverse("dialogues:partner_home"))

    assert response.status_code == 403
    assert "_auth_user_id" not in client.session

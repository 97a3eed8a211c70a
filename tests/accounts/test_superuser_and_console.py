"""Nobody gets past the rules: the console signs in through allauth (second factor,
lockout), a superuser holds no conduct or data-protection role by being superuser, the
console never shows secrets, and a redirect never leaves the site."""

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse
from rest_framework.authtoken.models import Token

from tests.factories.accounts import PASSWORD, StaffFactory, UserFactory
from tests.factories.conduct import IncidentFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import current_totp_code, enrol_totp, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return UserFactory(is_staff=True, is_superuser=True)


def test_console_login_page_sends_to_the_platform_sign_in(client):
    admin_login = reverse("admin:login")

    response = client.get(admin_login)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "next=" in response.url


def test_posting_the_password_to_the_console_login_signs_nobody_in(client, superuser):
    enrol_totp(superuser)

    client.post(reverse("admin:login"), {"username": superuser.email, "password": PASSWORD})
    console = client.get(reverse("admin:index"))

    assert console.status_code == 302
    assert console.url.startswith(reverse("admin:login"))


def test_password_alone_without_the_code_opens_no_console_page_api_or_file(client, superuser):
    enrol_totp(superuser)
    first = client.post(reverse("account_login"), {"login": superuser.email, "password": PASSWORD})

    console = client.get(reverse("admin:index"))
    api = client.get(reverse("results_api:progress"))
    staff_home = client.get(reverse("dialogues:staff_home"))

    assert first.url == reverse("mfa_authenticate")
    assert console.status_code == 302
    assert api.status_code in (401, 403)
    assert staff_home.status_code == 302 and staff_home.url.startswith(reverse("account_login"))


def test_the_console_is_behind_the_lockout(client, superuser):
    secret = enrol_totp(superuser)
    for _ in range(6):
        client.post(reverse("account_login"), {"login": superuser.email, "password": "wrong-password-1"})

    right = client.post(reverse("account_login"), {"login": superuser.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": current_totp_code(secret)})
    console = client.get(reverse("admin:index"))

    assert right.status_code in (200, 429)
    assert console.status_code == 302


def test_superuser_without_a_conduct_role_cannot_open_a_case(client, superuser):
    incident = IncidentFactory()
    signed_in(client, superuser)

    page = client.get(reverse("conduct:case", args=[incident.pk]))
    assign = client.post(reverse("conduct:assign", args=[incident.pk]), {"handler": superuser.pk})

    assert page.status_code == 403
    assert "shouted" not in page.content.decode()
    assert assign.status_code == 403
    assert superuser.has_perm("conduct.view_case", incident) is False


def test_superuser_is_not_given_registrants_personal_data(client, superuser):
    registrant = RegistrantFactory()
    signed_in(client, superuser)

    page = client.get(reverse("registrations:partner_registrants", args=[registrant.site.partner.pk]))

    assert registrant.last_name not in page.content.decode()
    assert registrant.email not in page.content.decode()
    assert superuser.has_perm("registrations.view_registrant", registrant) is False
    assert superuser.has_perm("registrations.view_personal_data", registrant.site.partner) is False


def test_superuser_cannot_enter_results_or_sign_agreements(superuser, two_partners):
    from tests.factories.dialogues import TableFactory

    table = TableFactory(site__partner=two_partners[0])

    assert superuser.has_perm("results.enter_table_results", table) is False
    assert superuser.has_perm("dialogues.sign_agreement", two_partners[0]) is False


def test_superuser_keeps_plain_console_permissions(superuser):
    assert superuser.has_perm("dialogues.add_dialogue") is True
    assert superuser.has_perm("core.view_auditentry") is True


def test_console_never_shows_totp_secrets_or_api_keys(client, superuser):
    other = StaffFactory()
    secret = enrol_totp(other)
    key = Token.objects.create(user=other).key
    signed_in(client, superuser)
    authenticator = Authenticator.objects.get(user=other, type=Authenticator.Type.TOTP)

    pages = [
        client.get(reverse("admin:mfa_authenticator_changelist")),
        client.get(reverse("admin:mfa_authenticator_change", args=[authenticator.pk])),
        client.get(reverse("admin:accounts_user_change", args=[other.pk])),
        client.get(reverse("admin:index")),
    ]

    for page in pages:
        assert secret not in page.content.decode()
        assert key not in page.content.decode()
    assert client.get("/en/admin/authtoken/tokenproxy/").status_code == 404


def test_an_off_site_next_is_ignored(client, two_partners):
    registrant = RegistrantFactory(site__partner=two_partners[0])
    signed_in(client, two_partners[0].memberships.get().user)

    response = client.post(
        reverse("registrations:replace", args=[registrant.pk]), {"next": "https://elsewhere.example/"}
    )

    assert response.status_code == 302
    assert "elsewhere.example" not in response.url
    assert response.url == reverse("home")


def test_a_next_on_the_site_is_followed(client, two_partners):
    registrant = RegistrantFactory(site__partner=two_partners[0])
    signed_in(client, two_partners[0].memberships.get().user)
    back = reverse("registrations:panel_selection", args=[two_partners[0].pk])

    response = client.post(reverse("registrations:replace", args=[registrant.pk]), {"next": back})

    assert response.url == back

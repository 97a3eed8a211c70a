"""First sign-in of every role that must use two-factor authentication, through the real
pages: password, the set-up page, recovery codes, home; never a redirect loop."""

import datetime as dt
import re

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse
from django.utils import timezone

from tests.factories.accounts import PASSWORD, RoleAssignmentFactory, StaffFactory, UserFactory
from tests.helpers import current_totp_code

pytestmark = pytest.mark.django_db


def _secret_on(page):
    return re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', page.content.decode()).group(1)


def _code_for(user):
    totp = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    return current_totp_code(totp.wrap().instance.data["secret"])


def _sign_in(client, user):
    return client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


def _first_sign_in(client, user):
    _sign_in(client, user)
    home = client.get(reverse("home"), follow=True)
    secret = _secret_on(home)
    activated = client.post(reverse("mfa_activate_totp"), {"code": current_totp_code(secret)}, follow=True)
    return home, activated


@pytest.mark.parametrize(
    "make_user",
    [
        StaffFactory,
        lambda: RoleAssignmentFactory(role="response_lead").user,
        lambda: RoleAssignmentFactory(role="conduct_handler").user,
        lambda: RoleAssignmentFactory(role="data_protection").user,
        lambda: UserFactory(is_staff=True, is_superuser=True),
    ],
    ids=["staff", "response_lead", "handler", "data_protection", "superuser"],
)
def test_first_sign_in_sets_up_the_app_without_a_loop(client, make_user):
    user = make_user()

    home, activated = _first_sign_in(client, user)

    assert home.redirect_chain[-1][0] == reverse("mfa_activate_totp")
    assert home.content.decode().count("set up two-factor authentication to continue") == 1
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert activated.status_code == 200
    assert activated.redirect_chain[-1][0] == reverse("mfa_view_recovery_codes")
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()


def test_after_setting_up_the_app_staff_reach_their_home(client):
    staff = StaffFactory()
    _first_sign_in(client, staff)

    home = client.get(reverse("home"), follow=True)

    assert home.redirect_chain[-1][0] == reverse("dialogues:staff_home")


def test_visiting_several_pages_before_set_up_shows_the_warning_once(client):
    staff = StaffFactory()
    _sign_in(client, staff)
    client.get(reverse("dialogues:staff_home"))
    client.get(reverse("home"))

    page = client.get(reverse("mfa_activate_totp"))

    assert page.content.decode().count("set up two-factor authentication to continue") == 1


def test_changing_two_factor_settings_later_asks_for_the_password_again(client):
    staff = StaffFactory()
    _first_sign_in(client, staff)
    Authenticator.objects.filter(user=staff).update(created_at=timezone.now() - dt.timedelta(days=1))
    client.logout()
    _sign_in(client, staff)
    client.post(reverse("mfa_authenticate"), {"code": _code_for(staff)})

    page = client.get(reverse("mfa_view_recovery_codes"))

    assert page.status_code == 302
    assert page.url.startswith(reverse("account_reauthenticate"))
    assert client.get(page.url).status_code == 200

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from tests.factories.accounts import PASSWORD, RoleAssignmentFactory, StaffFactory, UserFactory
from tests.factories.dialogues import PartnerMembershipFactory
from tests.helpers import current_totp_code, enrol_totp

pytestmark = pytest.mark.django_db


def _sign_in(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_partner_member_signs_in_with_email_and_lands_on_dashboard(client):
    member = PartnerMembershipFactory().user

    response = _sign_in(client, member.email, PASSWORD)
    home = client.get(response.url)

    assert response.status_code == 302
    assert home.url == reverse("dialogues:partner_home")


def test_staff_without_mfa_is_sent_to_set_it_up(client):
    staff = StaffFactory()

    _sign_in(client, staff.email, PASSWORD)
    response = client.get(reverse("dialogues:staff_home"))

    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")
    assert not Authenticator.objects.filter(user=staff).exists()


def test_response_lead_without_mfa_is_sent_to_set_it_up(client):
    lead = RoleAssignmentFactory(role="response_lead").user

    _sign_in(client, lead.email, PASSWORD)
    response = client.get(reverse("conduct:queue"))

    assert response.url == reverse("mfa_activate_totp")


def test_staff_with_mfa_must_give_the_code_then_reaches_console(client):
    staff = StaffFactory()
    secret = enrol_totp(staff)

    first = _sign_in(client, staff.email, PASSWORD)
    second = client.post(first.url, {"code": current_totp_code(secret)})
    console = client.get(reverse("dialogues:staff_home"))

    assert first.url == reverse("mfa_authenticate")
    assert second.status_code == 302
    assert console.status_code == 200
    assert "Organiser console" in console.content.decode()


def test_staff_with_mfa_and_wrong_code_is_not_signed_in(client):
    staff = StaffFactory()
    enrol_totp(staff)

    first = _sign_in(client, staff.email, PASSWORD)
    client.post(first.url, {"code": "000000"})
    response = client.get(reverse("dialogues:staff_home"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_sixth_wrong_password_in_a_row_is_refused_even_with_the_right_one(client):
    user = UserFactory()
    for _ in range(5):
        wrong = _sign_in(client, user.email, "not-the-password")
        assert wrong.status_code == 200

    sixth = _sign_in(client, user.email, PASSWORD)

    assert sixth.status_code == 200
    assert "Too many failed login attempts" in sixth.content.decode()
    assert "_auth_user_id" not in client.session


def test_nobody_can_sign_up_without_an_invitation(client):
    response = client.post(
        reverse("account_signup"), {"email": "new@example.org", "password1": "x" * 12, "password2": "x" * 12}
    )

    assert "new@example.org" not in [u.email for u in UserFactory._meta.model.objects.all()]
    assert response.status_code in (200, 302)

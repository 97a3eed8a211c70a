import pytest
from django.urls import reverse

from registrations.models import Registrant
from tests.factories.accounts import RoleAssignmentFactory, StaffFactory, UserFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


def _list(partner):
    return reverse("registrations:partner_registrants", kwargs={"partner_id": partner.pk})


def test_partner_sees_only_registrants_of_its_countries_with_contacts(client, setup):
    RegistrantFactory(site=setup.lyon, first_name="Claire", email="claire@example.net")
    RegistrantFactory(site=setup.nairobi, first_name="Wanjiku", email="wanjiku@example.net")
    signed_in(client, setup.france_member)

    content = client.get(_list(setup.france)).content.decode()

    assert "Claire" in content and "claire@example.net" in content
    assert "Wanjiku" not in content


def test_partner_cannot_open_the_other_partners_list(client, setup):
    RegistrantFactory(site=setup.nairobi, first_name="Wanjiku")
    signed_in(client, setup.france_member)

    response = client.get(_list(setup.kenya))

    assert response.status_code == 403
    assert "Wanjiku" not in response.content.decode()


def test_visible_to_scopes_registrants_by_partner_country(setup):
    mine = RegistrantFactory(site=setup.lyon)
    RegistrantFactory(site=setup.nairobi)

    assert list(Registrant.objects.visible_to(setup.france_member)) == [mine]
    assert Registrant.objects.visible_to(UserFactory()).count() == 0


def test_staff_without_data_protection_role_sees_counts_not_contacts(client, setup):
    RegistrantFactory(site=setup.lyon, first_name="Claire", email="claire@example.net", phone="+33611")
    signed_in(client, StaffFactory())

    response = client.get(_list(setup.france))

    content = response.content.decode()
    assert response.status_code == 200
    assert "claire@example.net" not in content and "+33611" not in content and "Claire" not in content
    assert response.context["numbers"]["totals"]["registered"] == 1


def test_staff_with_data_protection_role_sees_contacts(client, setup):
    RegistrantFactory(site=setup.lyon, email="claire@example.net")
    officer = StaffFactory()
    RoleAssignmentFactory(user=officer, role="data_protection")
    signed_in(client, officer)

    assert "claire@example.net" in client.get(_list(setup.france)).content.decode()


def test_registrant_list_needs_sign_in(client, setup):
    response = client.get(_list(setup.france))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("count", [1, 3])
def test_registrant_list_query_count_does_not_grow(client, setup, django_assert_max_num_queries, count):
    for _ in range(count):
        RegistrantFactory(site=setup.lyon)
    signed_in(client, setup.france_member)

    with django_assert_max_num_queries(25):
        response = client.get(_list(setup.france))

    assert len(response.context["list"].rows) == count


def test_assisted_registration_by_partner_gives_a_slip(client, setup):
    signed_in(client, setup.france_member)
    url = reverse("registrations:assisted", kwargs={"partner_id": setup.france.pk})

    response = client.post(url, {
        "first_name": "Amadou", "preferred_language": "fr", "site": setup.lyon.pk,
        "feature_gender": setup.features["gender"]["man"].pk, "feature_age": setup.features["age"]["old"].pk,
        "consent_participation": "on", "consent_statistics": "on", "consent_language": "ar",
    })

    person = Registrant.objects.get()
    assert person.reference_code in response.content.decode()
    record = person.consents.get(purpose="participation")
    assert (record.method, record.witness, record.language) == ("assisted", setup.france_member, "ar")
    slip = client.get(reverse("registrations:slip_pdf", kwargs={"registrant_id": person.pk}))
    assert slip["Content-Type"] == "application/pdf" and slip.content.startswith(b"%PDF")


def test_assisted_registration_refused_for_the_other_partner(client, setup):
    signed_in(client, setup.kenya_member)

    response = client.get(reverse("registrations:assisted", kwargs={"partner_id": setup.france.pk}))

    assert response.status_code == 403


def test_slip_of_another_partners_registrant_is_refused(client, setup):
    person = RegistrantFactory(site=setup.lyon)
    signed_in(client, setup.kenya_member)

    assert client.get(reverse("registrations:slip_pdf", kwargs={"registrant_id": person.pk})).status_code == 403


def test_staff_cannot_print_a_slip_with_personal_data(client, setup):
    person = RegistrantFactory(site=setup.lyon)
    signed_in(client, StaffFactory())

    assert client.get(reverse("registrations:slip_pdf", kwargs={"registrant_id": person.pk})).status_code == 403

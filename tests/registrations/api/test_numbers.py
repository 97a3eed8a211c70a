import pytest
from django.urls import reverse

from tests.factories.registrations import RegistrantFactory

pytestmark = pytest.mark.django_db


def test_partner_numbers_api_for_own_partner(client, setup):
    RegistrantFactory(site=setup.lyon, email="claire@example.net")
    client.force_login(setup.france_member)

    response = client.get(reverse("registrations_api:partner_numbers", kwargs={"partner_id": setup.france.pk}))

    assert response.json()["totals"] == {"registered": 1, "withdrawn": 0, "selected": 0, "reserves": 0, "checked_in": 0}
    assert "claire@example.net" not in response.content.decode()


def test_partner_numbers_api_refuses_the_other_partner(client, setup):
    client.force_login(setup.kenya_member)

    response = client.get(reverse("registrations_api:partner_numbers", kwargs={"partner_id": setup.france.pk}))

    assert response.status_code == 403

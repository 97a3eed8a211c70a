"""A check-in post naming a person with something other than a plain id answers 404, not 500."""

import pytest
from django.urls import reverse

from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("raw", ["²", "٣", "abc", "9" * 40, ""])
def test_check_in_with_a_registrant_id_that_is_not_a_number_answers_404(client, setup, raw):
    signed_in(client, setup.france_member)

    response = client.post(reverse("registrations:check_in", kwargs={"site_id": setup.lyon.pk}),
                           {"action": "attended", "registrant": raw})

    assert response.status_code == 404

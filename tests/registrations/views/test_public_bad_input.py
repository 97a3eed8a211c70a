"""Public registration with values longer than what is stored: refused beside the field, never a 500."""

import pytest
from django.test import Client
from django.urls import reverse

from registrations.models import Registrant
from tests.registrations.views.test_public import _form

pytestmark = pytest.mark.django_db

LONG_EMAIL = "a" * 64 + "@" + ("b" * 63 + ".") * 3 + "com"  # 260 characters, valid in form, over 254


def test_register_with_an_email_longer_than_stored_is_refused_beside_the_field(setup):
    client = Client(raise_request_exception=False)
    url = reverse("registrations:register_site", kwargs={"slug": setup.dialogue.slug, "site_id": setup.lyon.pk})

    response = client.post(url, _form(setup, email=LONG_EMAIL))

    assert response.status_code == 200
    assert "Ensure this value has at most 254 characters (it has 260)." in response.content.decode()
    assert Registrant.objects.count() == 0

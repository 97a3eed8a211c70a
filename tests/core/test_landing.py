import pytest
from django.urls import reverse

from tests.factories.dialogues import DialogueFactory, PartnerFactory

pytestmark = pytest.mark.django_db


def test_landing_offers_registration_per_country_while_registration_is_open(client):
    partner = PartnerFactory(dialogue__status="registration_open", dialogue__slug="wti", countries=["KE", "FR"])

    page = client.get(reverse("landing")).content.decode()

    assert partner.dialogue.name in page
    assert reverse("registrations:register_country", args=["wti", "FR"]) in page
    assert reverse("registrations:register_country", args=["wti", "KE"]) in page
    assert reverse("reports:dashboard", args=["wti"]) in page


def test_landing_hides_registration_after_the_day_and_draft_dialogues(client):
    PartnerFactory(dialogue__status="results", dialogue__slug="done", countries=["FR"])
    DialogueFactory(status="draft", name="Secret plans")

    page = client.get(reverse("landing")).content.decode()

    assert "/register/" not in page
    assert "Take part: register in your country" not in page
    assert "Secret plans" not in page
    assert reverse("reports:public", args=["done"]) in page

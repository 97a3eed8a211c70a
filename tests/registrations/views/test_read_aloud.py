"""Consent read aloud by the device during an assisted registration (issue 21): the
consent records say so, with the partner member as witness; elsewhere the flag is ignored."""

import pytest
from django.urls import reverse

from registrations.models import Registrant
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


def _answers(setup, **extra):
    return {
        "first_name": "Amadou", "preferred_language": "fr", "site": setup.lyon.pk,
        "feature_gender": setup.features["gender"]["man"].pk, "feature_age": setup.features["age"]["old"].pk,
        "consent_participation": "on", "consent_language": "fr", **extra,
    }


@pytest.mark.parametrize(("read_aloud", "method"), [("true", "read_aloud"), ("", "assisted")])
def test_assisted_consent_records_whether_the_device_read_it_aloud(client, setup, read_aloud, method):
    signed_in(client, setup.france_member)

    client.post(reverse("registrations:assisted", kwargs={"partner_id": setup.france.pk}),
                _answers(setup, consent_read_aloud=read_aloud))

    person = Registrant.objects.get()
    record = person.consents.get(purpose="participation")
    assert (person.method, record.method, record.witness) == ("assisted", method, setup.france_member)


def test_read_aloud_flag_is_ignored_on_self_registration(client, setup):
    url = reverse("registrations:register_site", kwargs={"slug": setup.dialogue.slug, "site_id": setup.lyon.pk})

    client.post(url, _answers(setup, email="amadou@example.net", consent_read_aloud="true"))

    assert Registrant.objects.get().consents.get(purpose="participation").method == "online"


def test_assisted_page_offers_read_aloud_for_the_consent_texts(client, setup):
    signed_in(client, setup.france_member)

    content = client.get(reverse("registrations:assisted", kwargs={"partner_id": setup.france.pk})).content.decode()

    assert 'data-read-aloud=".consents"' in content and content.count("data-read-aloud-text") == 3  # three purposes: not a media site

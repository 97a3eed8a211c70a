import pytest
from django.urls import reverse

from registrations.models import Registrant

pytestmark = pytest.mark.django_db


def _form(setup, **overrides):
    data = {
        "first_name": "Claire",
        "last_name": "Moreau",
        "email": "claire@example.net",
        "phone": "",
        "preferred_language": "fr",
        "feature_gender": setup.features["gender"]["woman"].pk,
        "feature_age": setup.features["age"]["young"].pk,
        "consent_participation": "on",
        "consent_statistics": "on",
    }
    return {**data, **overrides}


def test_register_page_in_french_shows_questions_and_consents(client, setup):
    response = client.get(f"/fr/register/{setup.dialogue.slug}/country/fr/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Gender" in content and "I agree to participation." in content
    assert "consent_photographs" not in content  # not a media site


def test_register_shows_reference_code_without_redirect(client, setup):
    url = reverse("registrations:register_site", kwargs={"slug": setup.dialogue.slug, "site_id": setup.lyon.pk})

    response = client.post(url, _form(setup))

    person = Registrant.objects.get()
    assert response.status_code == 200
    assert person.reference_code in response.content.decode()
    assert (person.site, person.country.code, person.first_name) == (setup.lyon, "FR", "Claire")


def test_register_twice_explains_and_keeps_what_was_typed(client, setup):
    url = reverse("registrations:register_site", kwargs={"slug": setup.dialogue.slug, "site_id": setup.lyon.pk})
    client.post(url, _form(setup))

    response = client.post(url, _form(setup, first_name="Claire-Marie"))

    content = response.content.decode()
    assert "already registered for this dialogue with this e-mail address" in content
    assert 'value="Claire-Marie"' in content
    assert Registrant.objects.count() == 1


def test_register_without_participation_consent_is_refused_beside_the_field(client, setup):
    url = reverse("registrations:register_site", kwargs={"slug": setup.dialogue.slug, "site_id": setup.lyon.pk})
    data = _form(setup)
    del data["consent_participation"]

    response = client.post(url, data)

    assert "This consent is needed to register." in response.content.decode()
    assert Registrant.objects.count() == 0


def test_register_in_a_country_no_partner_covers_is_not_found(client, setup):
    assert client.get(f"/en/register/{setup.dialogue.slug}/country/de/").status_code == 404


def test_register_in_a_closed_dialogue_is_not_found(client, setup):
    setup.dialogue.status = "closed"
    setup.dialogue.save()

    assert client.get(f"/en/register/{setup.dialogue.slug}/country/fr/").status_code == 404


def test_register_page_in_arabic_is_right_to_left(client, setup):
    response = client.get(f"/ar/register/{setup.dialogue.slug}/country/ke/")

    assert 'dir="rtl"' in response.content.decode()

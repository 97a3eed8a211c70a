"""Registration opens in a country only once its partner has been approved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from registrations.domain.exceptions import RegistrationNotOpen
from registrations.domain.registration import RegistrationData, register_participant
from registrations.models import Registrant
from tests.factories.dialogues import PartnerFactory, SiteFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db

NOT_OPEN = (
    "Registration is not open here yet: it opens once the organisers have approved the partner organisation for "
    "this country. Please come back later."
)
NOT_OPEN_FR = "Les inscriptions ne sont pas encore ouvertes ici"


def _form(setup):
    return {
        "first_name": "Claire", "last_name": "Moreau", "email": "claire@example.net", "phone": "",
        "preferred_language": "fr", "feature_gender": setup.features["gender"]["woman"].pk,
        "feature_age": setup.features["age"]["young"].pk, "consent_participation": "on", "consent_statistics": "on",
        "site": setup.lyon.pk,
    }


def _set_state(partner, state):
    partner.state = state
    partner.save()


@pytest.mark.parametrize("state", ["applied", "declined", "invited"])
def test_public_forms_answer_not_open_before_approval(client, setup, state):
    _set_state(setup.france, state)
    country_url = reverse("registrations:register_country", kwargs={"slug": setup.dialogue.slug, "country": "fr"})
    site_url = reverse("registrations:register_site", kwargs={"slug": setup.dialogue.slug, "site_id": setup.lyon.pk})

    answers = [client.get(country_url), client.post(country_url, _form(setup)), client.get(site_url),
               client.post(site_url, _form(setup))]

    assert [answer.status_code for answer in answers] == [403, 403, 403, 403]
    assert all(NOT_OPEN in answer.content.decode() for answer in answers)
    assert not Registrant.objects.exists()


def test_not_open_page_is_translated(client, setup):
    _set_state(setup.france, "applied")

    response = client.get(f"/fr/register/{setup.dialogue.slug}/country/fr/")

    assert NOT_OPEN_FR in response.content.decode()


@pytest.mark.parametrize("state", ["approved", "agreement_signed", "trained", "ready"])
def test_public_form_opens_once_approved(client, setup, state):
    _set_state(setup.france, state)
    url = reverse("registrations:register_site", kwargs={"slug": setup.dialogue.slug, "site_id": setup.lyon.pk})

    response = client.post(url, _form(setup))

    assert Registrant.objects.get().reference_code in response.content.decode()


def test_country_form_offers_only_the_sites_of_approved_partners(client, setup):
    applicant = PartnerFactory(dialogue=setup.dialogue, countries=["FR"], state="applied")
    SiteFactory(partner=applicant, country="FR", name="Applicant hall")
    url = reverse("registrations:register_country", kwargs={"slug": setup.dialogue.slug, "country": "fr"})

    page = client.get(url).content.decode()

    assert "Lyon hall" in page
    assert "Applicant hall" not in page


@pytest.mark.parametrize("state", ["applied", "declined"])
def test_assisted_registration_and_paper_import_answer_not_open(client, setup, state):
    _set_state(setup.france, state)
    signed_in(client, setup.france_member)
    assisted = reverse("registrations:assisted", kwargs={"partner_id": setup.france.pk})
    imports = reverse("registrations:import", kwargs={"partner_id": setup.france.pk})

    answers = [
        client.get(assisted),
        client.post(assisted, {**_form(setup), "consent_language": "fr"}),
        client.get(imports),
        client.post(imports, {"action": "preview", "file": SimpleUploadedFile("forms.csv", b"first_name\nClaire\n")}),
        client.post(imports, {"action": "confirm"}),
    ]

    assert [answer.status_code for answer in answers] == [403] * 5
    assert all(NOT_OPEN in answer.content.decode() for answer in answers)
    assert not Registrant.objects.exists()


def test_another_partners_member_is_still_refused_the_pages(client, setup):
    _set_state(setup.france, "applied")
    signed_in(client, setup.kenya_member)

    response = client.get(reverse("registrations:assisted", kwargs={"partner_id": setup.france.pk}))

    assert response.status_code == 403
    assert NOT_OPEN not in response.content.decode()


def test_domain_refuses_registration_before_approval(setup):
    _set_state(setup.france, "applied")
    data = RegistrationData(country="FR", first_name="Claire", email="claire@example.net",
                            consents={"participation", "statistics"})

    with pytest.raises(RegistrationNotOpen):
        register_participant(setup.dialogue, data, site=setup.lyon)
    with pytest.raises(RegistrationNotOpen):
        register_participant(setup.dialogue, data)

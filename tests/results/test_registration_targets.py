"""Registration targets: a site's target (default its capacity) is what the staff's
progress counts registrations against, and "behind" sorts by it."""

import pytest
from django.urls import reverse

from dialogues.enums import PartnerRole
from tests.dialogues.views_onboarding.conftest import page_text
from tests.factories.accounts import StaffFactory
from tests.factories.dialogues import DialogueFactory, PartnerFactory, SiteFactory, TopicFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db
URL = reverse("results:country_progress")


@pytest.fixture
def dialogue():
    dialogue = DialogueFactory()
    TopicFactory(dialogue=dialogue)
    return dialogue


def _country(dialogue, code, *, registered, capacity=10, target=None):
    partner = PartnerFactory(dialogue=dialogue, countries=[code], state="ready")
    site = SiteFactory(partner=partner, country=code, capacity=capacity, registration_target=target)
    for _n in range(registered):
        RegistrantFactory(site=site, consents=[])
    return site


def test_registrations_are_counted_against_the_target_or_else_the_capacity(client, dialogue):
    _country(dialogue, "FR", registered=8, capacity=10, target=40)
    _country(dialogue, "KE", registered=8, capacity=10)
    signed_in(client, StaffFactory())

    response = client.get(URL, {"dialogue": dialogue.slug, "sort": "country"})

    france, kenya = response.context["rows"]
    assert (france.registered, france.target, france.places) == (8, 40, 10)
    assert (kenya.registered, kenya.target, kenya.places) == (8, 10, 10)
    assert (france.shares["registrations"], kenya.shares["registrations"]) == (0.2, 0.8)
    assert "8 / 40 (10)" in page_text(response)


def test_behind_on_registrations_sorts_the_country_furthest_from_its_target_first(client, dialogue):
    _country(dialogue, "FR", registered=9, capacity=10, target=100)
    _country(dialogue, "KE", registered=3, capacity=10)
    signed_in(client, StaffFactory())

    rows = client.get(URL, {"dialogue": dialogue.slug, "sort": "registrations"}).context["rows"]

    assert [row.code for row in rows] == ["FR", "KE"]


def test_a_countrys_target_is_the_sum_of_its_sites(client, dialogue):
    site = _country(dialogue, "FR", registered=0, capacity=10, target=30)
    SiteFactory(partner=site.partner, country="FR", capacity=25)
    signed_in(client, StaffFactory())

    [france] = client.get(URL, {"dialogue": dialogue.slug}).context["rows"]

    assert (france.target, france.places) == (55, 35)


def test_the_export_carries_the_target(client, dialogue):
    import csv
    import io

    _country(dialogue, "FR", registered=2, capacity=10, target=40)
    signed_in(client, StaffFactory())

    response = client.get(reverse("results:country_progress_export"), {"dialogue": dialogue.slug, "format": "csv"})

    header, row = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert (row[header.index("Registered")], row[header.index("Registration target")], row[header.index("Places")]) == (
        "2",
        "40",
        "10",
    )


def _site_form(site, **changes):
    return {
        "name": site.name,
        "mode": site.mode,
        "country": "FR",
        "city": site.city,
        "time_zone": site.time_zone,
        "street_address": "",
        "directions": "",
        "local_date": site.day.isoformat(),
        "local_start_time": "09:00",
        "languages": "fr",
        "capacity": "10",
        "registration_target": "",
        "accessibility_notes": "",
        "meeting_link": "",
        "conduct_contact_email": "",
        **changes,
    }


def test_the_partner_sets_the_target_on_the_site_form_and_clears_it_back_to_the_capacity(
    client, dialogue, two_partners
):
    partner = two_partners[0]
    site = SiteFactory(partner=partner, capacity=10)
    signed_in(client, partner.memberships.get(role=PartnerRole.COORDINATOR).user)
    url = reverse("dialogues:site_edit", args=[site.pk])

    client.post(url, _site_form(site, registration_target="45"))
    saved = _target(site)
    shown = page_text(client.get(reverse("dialogues:site_detail", args=[site.pk])))
    client.post(url, _site_form(site, registration_target=""))
    cleared = _target(site)

    assert saved == (45, 45) and "Registration target 45" in shown
    assert cleared == (None, 10)


def _target(site):
    site.refresh_from_db()
    return site.registration_target, site.target


@pytest.mark.parametrize("value", ["-3", "0", "lots", "1e3", "٣٠"])
def test_a_bad_target_is_refused_with_a_message(client, two_partners, value):
    partner = two_partners[0]
    site = SiteFactory(partner=partner, capacity=10)
    signed_in(client, partner.memberships.get(role=PartnerRole.COORDINATOR).user)

    response = client.post(reverse("dialogues:site_edit", args=[site.pk]), _site_form(site, registration_target=value))

    assert response.status_code == 200
    assert response.context["form"].errors["registration_target"]
    site.refresh_from_db()
    assert site.registration_target is None


def test_another_partner_cannot_set_a_sites_target(client, two_partners):
    site = SiteFactory(partner=two_partners[0], capacity=10)
    signed_in(client, two_partners[1].memberships.get(role=PartnerRole.COORDINATOR).user)

    response = client.post(reverse("dialogues:site_edit", args=[site.pk]), _site_form(site, registration_target="99"))

    assert response.status_code in (403, 404)
    site.refresh_from_db()
    assert site.registration_target is None

import datetime as dt

import pytest
from django.urls import reverse

from dialogues.models import Site
from tests.factories.dialogues import PartnerMembershipFactory, SiteFactory, TableFactory

from .conftest import count_queries, page_text

pytestmark = pytest.mark.django_db

SITE = {
    "name": "Maison des Associations", "mode": "in_person", "country": "FR", "city": "Lyon",
    "time_zone": "Europe/Paris", "local_date": "2026-10-24", "local_start_time": "09:00", "languages": "fr, en",
    "capacity": "60", "accessibility_notes": "Step-free entrance.", "meeting_link": "", "conduct_contact_email": "",
}


def test_create_site_redirects_to_the_site(coordinator_client, partner):
    response = coordinator_client.post(reverse("dialogues:site_create", args=[partner.pk]), SITE, follow=True)

    site = Site.objects.get()
    assert (site.partner, site.languages, site.first_day.start_time) == (partner, ["fr", "en"], dt.time(9, 0))
    assert "Site “Maison des Associations” created with the dialogue's agenda." in page_text(response)


def test_site_street_address_and_directions_are_kept_and_shown(coordinator_client, partner):
    address = {"street_address": "12 rue de la Paix\n69002 Lyon", "directions": "Tram T1, stop Cordeliers; blue door, 2nd floor."}

    response = coordinator_client.post(reverse("dialogues:site_create", args=[partner.pk]), SITE | address, follow=True)

    site = Site.objects.get()
    assert (site.street_address, site.directions) == (address["street_address"], address["directions"])
    text = page_text(response)
    assert "12 rue de la Paix" in text and "Tram T1, stop Cordeliers; blue door, 2nd floor." in text


def test_site_directions_too_long_are_refused_and_nothing_lost(coordinator_client, partner):
    response = coordinator_client.post(
        reverse("dialogues:site_create", args=[partner.pk]), SITE | {"directions": "x" * 1001}
    )

    assert response.status_code == 200 and not Site.objects.exists()
    assert 'value="Maison des Associations"' in response.content.decode()


def test_create_site_for_another_partner_by_url_is_refused(coordinator_client, other_partner):
    response = coordinator_client.post(reverse("dialogues:site_create", args=[other_partner.pk]), SITE | {"country": "KE"})

    assert response.status_code == 403
    assert not Site.objects.exists()


def test_create_site_ignores_a_tampered_partner_field(coordinator_client, partner, other_partner):
    coordinator_client.post(reverse("dialogues:site_create", args=[partner.pk]), SITE | {"partner": other_partner.pk})

    assert Site.objects.get().partner == partner


def test_create_site_in_a_country_not_covered_shows_error(coordinator_client, partner):
    response = coordinator_client.post(reverse("dialogues:site_create", args=[partner.pk]), SITE | {"country": "KE"})

    assert f"{partner.name} does not cover this country. Choose one of your countries." in page_text(response)
    assert 'value="Maison des Associations"' in response.content.decode()
    assert not Site.objects.exists()


def test_create_site_with_unknown_time_zone_shows_error(coordinator_client, partner):
    response = coordinator_client.post(reverse("dialogues:site_create", args=[partner.pk]), SITE | {"time_zone": "Mars/Olympus"})

    assert "“Mars/Olympus” is not a known time zone. Use a name such as Europe/Paris or Pacific/Fiji." in page_text(response)


def test_site_of_another_partner_is_refused_by_url(coordinator_client, other_partner):
    site = SiteFactory(partner=other_partner, country="KE", meeting_link="https://meet.example.org/secret")

    for name in ["site_detail", "site_edit", "site_delete", "agenda_edit", "tables_create"]:
        assert coordinator_client.get(reverse(f"dialogues:{name}", args=[site.pk])).status_code == 403
    for name in ["site_delete", "agenda_shift", "agenda_reset"]:
        assert coordinator_client.post(reverse(f"dialogues:{name}", args=[site.pk]), {"minutes": "10"}).status_code == 403
    assert Site.objects.filter(pk=site.pk).exists()


def test_table_of_another_partner_is_refused_by_url(coordinator_client, other_partner):
    table = TableFactory(site=SiteFactory(partner=other_partner, country="KE"))

    assert coordinator_client.get(reverse("dialogues:table_edit", args=[table.pk])).status_code == 403
    assert coordinator_client.post(reverse("dialogues:table_delete", args=[table.pk])).status_code == 403


def test_edit_site_with_country_of_another_partner_is_refused(coordinator_client, partner):
    site = SiteFactory(partner=partner)

    response = coordinator_client.post(reverse("dialogues:site_edit", args=[site.pk]), SITE | {"country": "KE"})

    assert f"{partner.name} does not cover this country." in page_text(response)
    site.refresh_from_db()
    assert site.country.code == "FR"


def test_meeting_link_shown_to_site_people_only(client, coordinator_client, partner, other_partner):
    site = SiteFactory(partner=partner, mode="online", meeting_link="https://meet.example.org/lyon")
    facilitator = TableFactory(site=site, facilitator=PartnerMembershipFactory(partner=other_partner).user).facilitator

    assert "https://meet.example.org/lyon" in page_text(coordinator_client.get(reverse("dialogues:site_detail", args=[site.pk])))
    client.force_login(facilitator)
    assert "https://meet.example.org/lyon" in page_text(client.get(reverse("dialogues:site_detail", args=[site.pk])))
    client.force_login(other_partner.memberships.exclude(user=facilitator).get().user)
    assert client.get(reverse("dialogues:site_detail", args=[site.pk])).status_code == 403
    assert "meet.example.org" not in client.get(reverse("dialogues:partner_home")).content.decode()


def test_bulk_create_tables_over_capacity_shows_error(coordinator_client, partner):
    site = SiteFactory(partner=partner, capacity=60)

    response = coordinator_client.post(reverse("dialogues:tables_create", args=[site.pk]),
                                       {"count": "12", "capacity": "6", "language": "fr"})

    assert "12 tables of 6 would bring the site to 72 seats, over its capacity of 60 people." in page_text(response)
    assert not site.tables.exists()


def test_bulk_create_twelve_tables_of_six(coordinator_client, partner):
    site = SiteFactory(partner=partner, capacity=100)

    response = coordinator_client.post(reverse("dialogues:tables_create", args=[site.pk]),
                                       {"count": "12", "capacity": "6", "language": "fr"}, follow=True)

    assert "12 tables created." in page_text(response)
    assert list(site.tables.values_list("number", "capacity")) == [(n, 6) for n in range(1, 13)]


def test_edit_table_names_facilitator_and_note_taker(coordinator_client, partner):
    table = TableFactory(site=SiteFactory(partner=partner))

    coordinator_client.post(reverse("dialogues:table_edit", args=[table.pk]), {
        "capacity": "6", "language": "fr", "facilitator_email": "fac@example.org", "note_taker_email": "notes@example.org"})

    table.refresh_from_db()
    assert (table.facilitator.email, table.note_taker.email) == ("fac@example.org", "notes@example.org")


def test_delete_site_asks_first_then_deletes(coordinator_client, partner):
    site = SiteFactory(partner=partner, name="Old hall")
    TableFactory.create_batch(2, site=site)
    url = reverse("dialogues:site_delete", args=[site.pk])

    assert "Its agenda and its 2 tables are deleted with it." in page_text(coordinator_client.get(url))
    assert Site.objects.filter(pk=site.pk).exists()
    response = coordinator_client.post(url, follow=True)

    assert "Site “Old hall” deleted." in page_text(response)
    assert not Site.objects.filter(pk=site.pk).exists()


def test_site_detail_query_count_does_not_grow_with_tables(coordinator_client, partner):
    site = SiteFactory(partner=partner)
    TableFactory(site=site, facilitator=PartnerMembershipFactory(partner=partner).user)
    url = reverse("dialogues:site_detail", args=[site.pk])
    one = count_queries(coordinator_client, url)
    TableFactory.create_batch(2, site=site, note_taker=PartnerMembershipFactory(partner=partner).user)

    assert count_queries(coordinator_client, url) == one


def test_conduct_contacts_e_mail_keeps_its_order_inside_arabic_text(coordinator_client, partner):
    contact = PartnerMembershipFactory(partner=partner, role="staff", user__email="karim@example.org",
                                       user__full_name="كريم").user
    site = SiteFactory(partner=partner, conduct_contact=contact)

    page = coordinator_client.get(reverse("dialogues:site_detail", args=[site.pk]).replace("/en/", "/ar/"))

    assert 'كريم (<bdi dir="ltr">karim@example.org</bdi>)' in page.content.decode()

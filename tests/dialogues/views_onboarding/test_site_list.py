import csv
import io

import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory
from tests.factories.dialogues import SiteFactory, TableFactory
from tests.helpers import signed_in
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db
URL = reverse("dialogues:site_list")


def _names(response):
    return [site.name for site in response.context["list"].rows]


def test_staff_search_sites_by_city_without_accents(staff_client, partner, other_partner):
    SiteFactory(partner=partner, name="Maison des Associations", city="Besançon")
    SiteFactory(partner=partner, name="Salle Victor Hugo", city="Lyon")
    SiteFactory(partner=other_partner, country="KE", name="Nairobi hall", city="Nairobi")

    staff_client.post(URL, {"q": "besancon maison"})

    assert _names(staff_client.get(URL)) == ["Maison des Associations"]


def test_partner_member_lists_only_their_sites_and_sorts_by_tables(coordinator_client, partner, other_partner):
    small = SiteFactory(partner=partner, name="Small")
    big = SiteFactory(partner=partner, name="Big")
    SiteFactory(partner=other_partner, country="KE", name="Nairobi hall")
    TableFactory(site=big)
    TableFactory(site=big, facilitator=UserFactory(), note_taker=UserFactory())
    TableFactory(site=small)

    response = coordinator_client.get(URL, {"sort": "-tables"})

    assert _names(response) == ["Big", "Small"]
    assert response.context["list"].rows[0].staffed_count == 1


def test_site_export_is_the_visible_list_audited(coordinator_client, partner, other_partner):
    SiteFactory(partner=partner, name="@Lyon hall", street_address="12 rue de la Paix")
    SiteFactory(partner=other_partner, country="KE", name="Nairobi hall")

    response = coordinator_client.get(reverse("dialogues:site_list_export"), {"format": "csv"})

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [(row[0], row[4]) for row in rows[1:]] == [("'@Lyon hall", "12 rue de la Paix")]
    assert AuditEntry.objects.filter(action="dialogues.sites.exported").count() == 1


def test_site_list_refused_to_someone_without_a_partner(client):
    signed_in(client, UserFactory())

    assert client.get(URL).status_code == 403
    assert client.get(reverse("dialogues:site_list_export")).status_code == 403


@pytest.mark.parametrize("count", [1, 3])
def test_site_list_query_count_does_not_grow(staff_client, partner, django_assert_max_num_queries, count):
    for _ in range(count):
        TableFactory(site=SiteFactory(partner=partner))

    with django_assert_max_num_queries(15):
        response = staff_client.get(URL)

    assert len(response.context["list"].rows) == count

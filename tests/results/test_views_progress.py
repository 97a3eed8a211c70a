import pytest
from django.urls import reverse

from results.domain import confirm_result, submit_table_result
from tests.factories.accounts import StaffFactory
from tests.helpers import signed_in

from .fixtures import counts_payload, new_id

pytestmark = pytest.mark.django_db


@pytest.fixture
def confirmed(setting):
    submission, _ = submit_table_result(setting.table, setting.topic, by=setting.note_taker,
                                        payload=counts_payload(setting), client_id=new_id())
    return confirm_result(submission, by=setting.facilitator)


def test_partner_sees_which_tables_sent_and_confirmed(client, setting, confirmed):
    client.force_login(setting.coordinator)

    html = client.get(reverse("results:site_results", args=[setting.table.site.pk])).content.decode()

    assert 'data-state="confirmed"' in html


def test_partner_cannot_see_another_partners_site(client, setting):
    client.force_login(setting.coordinator)

    response = client.get(reverse("results:site_results", args=[setting.other_table.site.pk]))

    assert response.status_code == 403


def test_partner_sites_list_shows_only_own_sites(client, setting):
    client.force_login(setting.coordinator)

    html = client.get(reverse("results:partner_results")).content.decode()

    assert reverse("results:site_results", args=[setting.table.site.pk]) in html
    assert reverse("results:site_results", args=[setting.other_table.site.pk]) not in html


def test_staff_progress_counts_per_region_and_country(client, setting, confirmed):
    signed_in(client, StaffFactory())

    html = client.get(reverse("results:results_progress")).content.decode()

    assert "Europe" in html and "France" in html and "Africa" in html and "Kenya" in html
    assert "1 sent / 1 confirmed, 5 people" in html
    assert 'hx-trigger="every 15s"' in html


def test_staff_progress_partial_for_htmx_polling(client, setting, confirmed):
    signed_in(client, StaffFactory())

    response = client.get(reverse("results:results_progress"), HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert "<html" not in html
    assert "1 sent / 1 confirmed, 5 people" in html


def test_staff_progress_is_for_staff_only(client, setting):
    client.force_login(setting.coordinator)

    assert client.get(reverse("results:results_progress")).status_code == 403

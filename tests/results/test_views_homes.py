import pytest
from django.urls import reverse

from results.domain import submit_table_result
from tests.factories.dialogues import SiteFactory, TableFactory

from .fixtures import counts_payload, new_id

pytestmark = pytest.mark.django_db


def test_note_taker_home_shows_each_session_state_and_site_time(client, setting):
    client.force_login(setting.note_taker)

    html = client.get(reverse("results:note_taker_home")).content.decode()

    assert "Digital identity" in html
    assert "Not started" in html
    assert "Times in Europe/Paris" in html
    assert reverse("results:result_entry", args=[setting.table.pk, setting.topic.pk]) in html
    assert reverse("results:result_entry", args=[setting.other_table.pk, setting.topic.pk]) not in html


def test_note_taker_home_shows_sent(client, setting):
    submit_table_result(setting.table, setting.topic, by=setting.note_taker, payload=counts_payload(setting),
                        client_id=new_id())
    client.force_login(setting.note_taker)

    html = client.get(reverse("results:note_taker_home")).content.decode()

    assert 'data-state="sent"' in html


@pytest.mark.parametrize("extra_tables", [0, 2])
def test_note_taker_home_query_count_does_not_grow_with_tables(client, setting, django_assert_num_queries, extra_tables):
    for _ in range(extra_tables):
        TableFactory(site=SiteFactory(partner=setting.table.site.partner), note_taker=setting.note_taker)
    client.force_login(setting.note_taker)

    with django_assert_num_queries(12):  # and 2 for the information materials of the tables' dialogue
        client.get(reverse("results:note_taker_home"))


def test_facilitator_home_links_to_the_review(client, setting):
    submit_table_result(setting.table, setting.topic, by=setting.note_taker, payload=counts_payload(setting),
                        client_id=new_id())
    client.force_login(setting.facilitator)

    html = client.get(reverse("results:facilitator_home")).content.decode()

    assert reverse("results:result_review", args=[setting.table.pk, setting.topic.pk]) in html


def test_note_taker_makes_an_api_key_that_works(client, setting):
    client.force_login(setting.note_taker)

    html = client.post(reverse("results:result_api_token")).content.decode()

    from rest_framework.authtoken.models import Token
    key = Token.objects.get(user=setting.note_taker).key
    assert f"<code>{key}</code>" in html
    api = client.__class__()
    response = api.get(reverse("results_api:my_tables"), HTTP_AUTHORIZATION=f"Token {key}")
    assert response.json()["count"] == 1


def test_api_key_page_is_for_note_takers(client, setting):
    client.force_login(setting.coordinator)

    assert client.post(reverse("results:result_api_token")).status_code == 403


def test_note_taker_home_shows_session_times_in_the_sites_time_zone(client, setting):
    import datetime as dt

    from dialogues.models import ScheduledItem

    start = dt.datetime(2026, 10, 24, 12, 30, tzinfo=dt.UTC)
    ScheduledItem.objects.filter(site=setting.table.site).update(starts_at=start, ends_at=start + dt.timedelta(hours=1))
    client.force_login(setting.note_taker)

    html = client.get(reverse("results:note_taker_home")).content.decode()

    assert ">Sat 14:30</time>" in html
    assert "Times in Europe/Paris" in html

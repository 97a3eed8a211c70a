"""Input that once made the result entry page answer 500: a deleted sender in the
history, digit strings that are not ASCII numbers, control characters in open answers."""

import pytest
from django.urls import reverse

from results.domain import submit_table_result
from results.models import ResultSubmission
from tests.results.fixtures import counts_payload, new_id

pytestmark = pytest.mark.django_db


def entry_url(table, topic):
    return reverse("results:result_entry", args=[table.pk, topic.pk])


def _form(setting, **extra):
    from tests.results.test_views_entry import counts_form

    return counts_form(setting, **extra)


def test_entry_page_shows_a_result_whose_sender_account_was_deleted(client, setting):
    sender = setting.facilitator
    submit_table_result(setting.table, setting.topic, by=sender, payload=counts_payload(setting), client_id=new_id())
    sender.delete()
    client.force_login(setting.note_taker)

    response = client.get(entry_url(setting.table, setting.topic))

    assert response.status_code == 200
    assert "Deleted account" in response.content.decode()


@pytest.mark.parametrize("raw", ["²", "٣", "5" * 4300, "+5", " 5 5", "0x5"])
def test_count_that_is_not_a_plain_ascii_number_is_refused_beside_its_field(client, setting, raw):
    client.force_login(setting.note_taker)

    response = client.post(entry_url(setting.table, setting.topic), _form(setting, present=raw),
                           HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json()["errors"]["people_present"] == [
        "Enter the number of people present: a whole number of 0 or more."
    ]
    assert ResultSubmission.objects.count() == 0


def test_open_answer_with_a_nul_character_is_refused_with_a_message(client, setting):
    client.force_login(setting.note_taker)
    data = _form(setting) | {f"open.{setting.open.pk}.2.text": "Open\x00data"}

    response = client.post(entry_url(setting.table, setting.topic), data, HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json()["errors"] == {
        f"open.{setting.open.pk}.2.text": [
            "Remove the invisible control characters (such as NUL) from this text: they cannot be stored."
        ]
    }
    assert ResultSubmission.objects.count() == 0

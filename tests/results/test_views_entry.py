import datetime as dt
from html import escape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from dialogues.enums import DialogueStatus
from dialogues.models import ScheduledItem
from results.models import ResultSubmission
from tests.factories.dialogues import TopicFactory
from tests.factories.results import options_of

from .fixtures import new_id

pytestmark = pytest.mark.django_db


def entry_url(table, topic, **query):
    url = reverse("results:result_entry", args=[table.pk, topic.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def counts_form(setting, present="5", client_id=None, **extra):
    single = options_of(setting.single)
    scale = options_of(setting.scale)
    data = {
        "client_id": str(client_id or new_id()),
        "entry_mode": "counts",
        "people_present": present,
        f"count.{setting.single.pk}.{single[0].pk}": "3",
        f"count.{setting.single.pk}.blank": "2",
        f"count.{setting.scale.pk}.{scale[0].pk}": "5",
        f"open.{setting.open.pk}.2.text": "Open data by default",
    }
    return data | extra


def test_entry_form_shows_a_row_per_seat_and_the_questions(client, setting):
    client.force_login(setting.note_taker)

    response = client.get(entry_url(setting.table, setting.topic))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<th scope="row">') == 6
    assert "Who should hold your identity?" in html
    assert f'name="ballot.6.{setting.scale.pk}"' in html


def test_entry_form_refuses_other_people(client, setting):
    for user in (setting.coordinator, setting.facilitator, setting.other_note_taker, setting.other_coordinator):
        client.force_login(user)

        response = client.get(entry_url(setting.table, setting.topic))

        assert response.status_code == 403


def test_entry_form_refuses_another_partners_table(client, setting):
    client.force_login(setting.note_taker)

    get = client.get(entry_url(setting.other_table, setting.topic))
    post = client.post(entry_url(setting.other_table, setting.topic), counts_form(setting))

    assert (get.status_code, post.status_code) == (403, 403)
    assert ResultSubmission.objects.count() == 0


def test_entry_form_of_a_topic_of_another_dialogue_is_not_found(client, setting):
    client.force_login(setting.note_taker)

    response = client.get(entry_url(setting.table, TopicFactory()))

    assert response.status_code == 404


def test_sending_counts_stores_them_and_goes_home(client, setting):
    client.force_login(setting.note_taker)

    response = client.post(entry_url(setting.table, setting.topic, mode="counts"), counts_form(setting))

    assert response.status_code == 302
    assert response.url == reverse("results:note_taker_home")
    submission = ResultSubmission.objects.get()
    assert (submission.people_present, submission.entry_mode) == (5, "counts")
    assert list(submission.open_answers.values_list("text", flat=True)) == ["Open data by default"]


def test_sending_from_the_page_reads_the_questions_and_the_agenda_once(client, setting):
    client.force_login(setting.note_taker)
    client.get(entry_url(setting.table, setting.topic, mode="counts"))  # warm the session

    with CaptureQueriesContext(connection) as queries:
        response = client.post(entry_url(setting.table, setting.topic, mode="counts"), counts_form(setting))

    assert response.status_code == 302
    reads = [query["sql"] for query in queries.captured_queries if query["sql"].startswith("SELECT")]
    assert sum('FROM "dialogues_question"' in sql for sql in reads) == 1
    assert sum('FROM "dialogues_scheduleditem"' in sql for sql in reads) == 1


def test_refused_form_shows_the_message_beside_the_field_and_keeps_what_was_typed(client, setting):
    client.force_login(setting.note_taker)

    response = client.post(entry_url(setting.table, setting.topic), counts_form(setting, present="4"))

    html = response.content.decode()
    assert response.status_code == 400
    assert "The answers to this question add up to 5, more than the 4 people present." in html
    assert f'data-error-for="count.{setting.single.pk}"' in html
    assert 'name="people_present" value="4"' in html
    assert "Open data by default</textarea>" in html
    assert ResultSubmission.objects.count() == 0


def test_not_a_number_is_refused_beside_its_box(client, setting):
    client.force_login(setting.note_taker)
    single = options_of(setting.single)[1]
    form = counts_form(setting, **{f"count.{setting.single.pk}.{single.pk}": "two"})

    response = client.post(entry_url(setting.table, setting.topic), form)

    html = response.content.decode()
    assert response.status_code == 400
    assert 'value="two"' in html
    assert "Enter a whole number of 0 or more." in html


def test_ballot_grid_form_is_stored_as_ballots(client, setting):
    client.force_login(setting.note_taker)
    single, multiple, scale = (options_of(q) for q in (setting.single, setting.multiple, setting.scale))
    form = {
        "client_id": str(new_id()), "entry_mode": "ballots", "people_present": "2",
        f"ballot.1.{setting.single.pk}": str(single[0].pk),
        f"ballot.1.{setting.multiple.pk}": [str(multiple[0].pk), str(multiple[1].pk)],
        f"ballot.1.{setting.scale.pk}": str(scale[1].pk),
        f"ballot.3.{setting.single.pk}": "blank",
        f"ballot.3.{setting.scale.pk}": str(scale[0].pk),
    }

    response = client.post(entry_url(setting.table, setting.topic), form)

    assert response.status_code == 302
    submission = ResultSubmission.objects.get()
    assert [ballot["seat"] for ballot in submission.ballots] == [1, 3]


def test_ballot_cell_left_empty_in_a_filled_row_is_refused(client, setting):
    client.force_login(setting.note_taker)
    scale = options_of(setting.scale)
    form = {"client_id": str(new_id()), "entry_mode": "ballots", "people_present": "2",
            f"ballot.1.{setting.scale.pk}": str(scale[1].pk)}

    response = client.post(entry_url(setting.table, setting.topic), form)

    assert response.status_code == 400
    assert escape("Choose this seat's answer, or “Abstained or blank”.") in response.content.decode()


def test_json_post_answers_201_then_200_then_409(client, setting):
    client.force_login(setting.note_taker)
    client_id = new_id()
    url = entry_url(setting.table, setting.topic)

    first = client.post(url, counts_form(setting, client_id=client_id), HTTP_ACCEPT="application/json")
    again = client.post(url, counts_form(setting, client_id=client_id), HTTP_ACCEPT="application/json")
    other = client.post(url, counts_form(setting, present="6", client_id=client_id), HTTP_ACCEPT="application/json")

    assert (first.status_code, again.status_code, other.status_code) == (201, 200, 409)
    assert again.json()["message"] == "This result was already received."
    assert ResultSubmission.objects.count() == 1


def test_form_for_a_sent_result_offers_a_correction_prefilled(client, setting):
    client.force_login(setting.note_taker)
    client.post(entry_url(setting.table, setting.topic), counts_form(setting))
    sent = ResultSubmission.objects.get()

    response = client.get(entry_url(setting.table, setting.topic))

    html = response.content.decode()
    assert f'name="replaces" value="{sent.client_id}"' in html
    assert "Send the correction" in html
    assert 'name="people_present" value="5"' in html


def test_session_not_started_shows_why_and_no_form(client, setting):
    ScheduledItem.objects.filter(site=setting.table.site).update(
        starts_at=timezone.now() + dt.timedelta(hours=2), ends_at=timezone.now() + dt.timedelta(hours=3))
    client.force_login(setting.note_taker)

    get = client.get(entry_url(setting.table, setting.topic))
    post = client.post(entry_url(setting.table, setting.topic), counts_form(setting))

    assert get.status_code == 403
    assert "This session has not started yet" in get.content.decode()
    assert "<form method=\"post\" class=\"result-form\"" not in get.content.decode()
    assert post.status_code == 403
    assert ResultSubmission.objects.count() == 0


def test_closed_dialogue_refuses_over_the_page(client, setting):
    setting.topic.dialogue.status = DialogueStatus.CLOSED
    setting.topic.dialogue.save()
    client.force_login(setting.note_taker)

    response = client.post(entry_url(setting.table, setting.topic), counts_form(setting), HTTP_ACCEPT="application/json")

    assert response.status_code == 403
    assert response.json()["message"] == "Results for this dialogue are closed: no result can be sent or corrected."


def test_anonymous_visitor_is_sent_to_sign_in(client, setting):
    response = client.get(entry_url(setting.table, setting.topic))

    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_untranslated_question_is_shown_in_english_and_marked_as_such(client, setting):
    setting.open.text_es = ""
    setting.open.save()
    client.force_login(setting.note_taker)

    html = client.get(entry_url(setting.table, setting.topic).replace("/en/", "/es/")).content.decode()

    assert (
        f'<legend><span lang="en" dir="ltr">{escape(setting.open.text_en)}</span> '
        '<span class="content-fallback">(mostrado en inglés)</span></legend>'
    ) in html

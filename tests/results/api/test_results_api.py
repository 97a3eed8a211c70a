import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from dialogues.enums import DialogueStatus
from dialogues.models import ScheduledItem
from results.models import OpenAnswer, ResultSubmission
from tests.factories.dialogues import TopicFactory
from tests.factories.results import options_of
from tests.results.fixtures import ballots_payload, counts_payload, new_id

pytestmark = pytest.mark.django_db


def api_as(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def submissions_url(table, topic):
    return reverse("results_api:submissions", args=[table.pk, topic.pk])


def body(setting, payload=None, client_id=None, replaces=None):
    payload = payload or counts_payload(setting)
    return payload | {"client_id": str(client_id or new_id()), "replaces": str(replaces) if replaces else None}


def test_submit_answers_201_then_200_for_the_same_id_then_409_for_other_content(setting):
    api = api_as(setting.note_taker)
    client_id = new_id()
    url = submissions_url(setting.table, setting.topic)

    first = api.post(url, body(setting, client_id=client_id), format="json")
    again = api.post(url, body(setting, client_id=client_id), format="json")
    other = api.post(url, body(setting, counts_payload(setting, present=6), client_id=client_id), format="json")

    assert (first.status_code, again.status_code, other.status_code) == (201, 200, 409)
    assert (first.json()["already_received"], again.json()["already_received"]) == (False, True)
    assert again.json()["submission"]["id"] == first.json()["submission"]["id"]
    assert ResultSubmission.objects.count() == 1


def test_correction_201_and_second_correction_of_the_same_result_409(setting):
    api = api_as(setting.note_taker)
    url = submissions_url(setting.table, setting.topic)
    first = api.post(url, body(setting), format="json").json()["submission"]

    correction = api.post(
        url, body(setting, counts_payload(setting, present=6), replaces=first["client_id"]), format="json"
    )
    clash = api.post(url, body(setting, replaces=first["client_id"]), format="json")
    history = api.get(url).json()

    assert (correction.status_code, clash.status_code) == (201, 409)
    assert correction.json()["submission"]["replaces"] == first["client_id"]
    assert [item["people_present"] for item in history] == [6, 5]
    assert history[1]["superseded_at"] is not None


def test_ballots_over_the_api(setting):
    api = api_as(setting.note_taker)

    response = api.post(
        submissions_url(setting.table, setting.topic), body(setting, ballots_payload(setting)), format="json"
    )

    assert response.status_code == 201
    assert len(ResultSubmission.objects.get().ballots) == 3


def test_session_not_started_is_403(setting):
    ScheduledItem.objects.filter(site=setting.table.site).update(
        starts_at=timezone.now() + dt.timedelta(hours=2), ends_at=timezone.now() + dt.timedelta(hours=3)
    )

    response = api_as(setting.note_taker).post(
        submissions_url(setting.table, setting.topic), body(setting), format="json"
    )

    assert response.status_code == 403
    assert response.json()["detail"].startswith("This session has not started yet")
    assert ResultSubmission.objects.count() == 0


def test_closed_dialogue_is_403(setting):
    setting.topic.dialogue.status = DialogueStatus.CLOSED
    setting.topic.dialogue.save()

    response = api_as(setting.note_taker).post(
        submissions_url(setting.table, setting.topic), body(setting), format="json"
    )

    assert response.status_code == 403
    assert ResultSubmission.objects.count() == 0


@pytest.mark.parametrize("who", ["other_note_taker", "other_coordinator", "coordinator", "facilitator"])
def test_only_the_tables_note_taker_may_submit(setting, who):
    response = api_as(getattr(setting, who)).post(
        submissions_url(setting.table, setting.topic), body(setting), format="json"
    )

    # Another partner's people do not see the table at all (404); its own may see it (403).
    assert response.status_code == (404 if who.startswith("other_") else 403)
    assert ResultSubmission.objects.count() == 0


def test_another_partners_table_id_answers_as_unknown(setting):
    """A table the caller may not see is not found for them: ids reveal nothing."""
    api = api_as(setting.note_taker)

    post = api.post(submissions_url(setting.other_table, setting.topic), body(setting), format="json")
    questions = api.get(reverse("results_api:session_questions", args=[setting.other_table.pk, setting.topic.pk]))
    history = api.get(submissions_url(setting.other_table, setting.topic))

    assert (post.status_code, questions.status_code, history.status_code) == (404, 404, 404)


def test_unknown_table_and_foreign_topic_are_404(setting):
    api = api_as(setting.note_taker)

    unknown = api.post(
        submissions_url(setting.table, setting.topic).replace(f"/{setting.table.pk}/", "/999999/"),
        body(setting),
        format="json",
    )
    foreign = api.post(submissions_url(setting.table, TopicFactory()), body(setting), format="json")
    huge = api.get(f"/api/results/tables/{2**70}/sessions/{setting.topic.pk}/submissions/")

    assert (unknown.status_code, foreign.status_code, huge.status_code) == (404, 404, 404)


def test_anonymous_is_refused(setting):
    response = APIClient().post(submissions_url(setting.table, setting.topic), body(setting), format="json")

    assert response.status_code in (401, 403)


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda b: b.pop("people_present"), "people_present"),
        (lambda b: b.update(people_present="five"), "people_present"),
        (lambda b: b.update(client_id="not-a-uuid"), "client_id"),
        (lambda b: b.update(entry_mode="guess"), "entry_mode"),
        (lambda b: b.update(counts="many"), "counts"),
        (lambda b: b["counts"][0].update(count=-3), "counts"),
        (lambda b: b["counts"][0].update(count=1.5), "counts"),
        (lambda b: b["open_answers"][0].update(text="x" * 5000), "open_answers"),
        (lambda b: b["open_answers"][0].pop("text"), "open_answers"),
    ],
)
def test_malformed_payload_is_400_with_a_message_per_field(setting, change, field):
    payload = body(setting)
    change(payload)

    response = api_as(setting.note_taker).post(submissions_url(setting.table, setting.topic), payload, format="json")

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert (ResultSubmission.objects.count(), OpenAnswer.objects.count()) == (0, 0)


def test_unknown_question_and_option_of_another_question_are_400(setting):
    payload = body(setting)
    foreign_option = options_of(setting.scale)[0]
    payload["counts"] += [
        {"question": 987654, "option": None, "count": 1},
        {"question": setting.single.pk, "option": foreign_option.pk, "count": 0},
    ]

    response = api_as(setting.note_taker).post(submissions_url(setting.table, setting.topic), payload, format="json")

    assert response.status_code == 400
    assert response.json() == {
        "count.987654.blank": ["This is not a closed question of this session."],
        f"count.{setting.single.pk}.{foreign_option.pk}": ["This answer is not one of the question's options."],
    }
    assert ResultSubmission.objects.count() == 0


def test_my_tables_lists_sessions_and_states(setting):
    api = api_as(setting.note_taker)
    api.post(submissions_url(setting.table, setting.topic), body(setting), format="json")

    data = api.get(reverse("results_api:my_tables")).json()

    assert data["count"] == 1
    table = data["results"][0]
    assert (table["id"], table["seats"], table["time_zone"]) == (setting.table.pk, 6, "Europe/Paris")
    assert [(s["session"], s["state"]) for s in table["sessions"]] == [(setting.topic.pk, "sent")]


def test_session_questions_in_a_language(setting):
    setting.single.text_fr = "Qui doit détenir votre identité ?"
    setting.single.save()

    data = (
        api_as(setting.note_taker)
        .get(reverse("results_api:session_questions", args=[setting.table.pk, setting.topic.pk]), {"language": "fr"})
        .json()
    )

    assert data["language"] == "fr"
    assert data["questions"][0]["text"] == "Qui doit détenir votre identité ?"
    assert [q["kind"] for q in data["questions"]] == ["single_choice", "multiple_choice", "scale", "open_text"]
    assert len(data["questions"][0]["options"]) == 3


def test_session_questions_in_portuguese(setting):
    setting.single.text_pt = "Quem deve guardar a sua identidade?"
    setting.single.save()

    data = (
        api_as(setting.note_taker)
        .get(reverse("results_api:session_questions", args=[setting.table.pk, setting.topic.pk]), {"language": "pt"})
        .json()
    )

    assert (data["language"], data["questions"][0]["text"]) == ("pt", "Quem deve guardar a sua identidade?")


def test_session_questions_refuse_a_language_the_platform_lacks(setting):
    response = api_as(setting.note_taker).get(
        reverse("results_api:session_questions", args=[setting.table.pk, setting.topic.pk]),
        {"language": "de"},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert response.status_code == 400
    assert response.json() == {"language": ["“de” is not one of the platform's languages."]}


def test_progress_for_partner_shows_own_sites_only(setting):
    api_as(setting.note_taker).post(submissions_url(setting.table, setting.topic), body(setting), format="json")

    data = api_as(setting.coordinator).get(reverse("results_api:progress")).json()

    assert [site["site"] for site in data["results"]] == [setting.table.site.pk]
    assert data["results"][0]["sessions"] == [
        {"session": setting.topic.pk, "tables": 1, "sent": 1, "confirmed": 0, "people": 5}
    ]


def test_session_auth_needs_csrf(setting):
    api = APIClient(enforce_csrf_checks=True)
    api.force_login(setting.note_taker)

    response = api.post(submissions_url(setting.table, setting.topic), body(setting), format="json")

    assert response.status_code == 403
    assert ResultSubmission.objects.count() == 0


def _correction_with_ballots(setting):
    """The bench's request (bench/result_entry.py): a correction with ballots, seat
    categories and an open answer. Returns (api, url, body) after sending the first result."""
    from registrations.enums import ConsentPurpose
    from tests.factories.registrations import CategoryFactory, RegistrantFactory, TableSeatFactory, answer

    seated = RegistrantFactory(
        site=setting.table.site, consents=[ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS]
    )
    TableSeatFactory(table=setting.table, seat_number=2, registrant=answer(seated, [CategoryFactory()]))
    api = api_as(setting.note_taker)
    url = submissions_url(setting.table, setting.topic)
    first = api.post(url, body(setting, ballots_payload(setting)), format="json").json()["submission"]
    payload = ballots_payload(setting) | {
        "open_answers": [{"question": setting.open.pk, "text": "Public spaces", "rank": 1}]
    }
    return api, url, body(setting, payload, replaces=first["client_id"])


def test_a_ballot_correction_costs_a_fixed_number_of_queries(setting, django_assert_num_queries):
    """10 statements: the token with its account and roles (1: the roles tell whether
    the key's account needs two-factor authentication); the table with its session's
    start, dialogue, question version and the sender's conduct limits (1; the rules
    come from the per-process cache); the client id and the corrected result (1); then,
    in the transaction (here a savepoint and its release: 2), supersede, the seat
    categories, the submission with its counts and ballots, the open answer and the
    audit entry (5; on PostgreSQL the last three are one statement, so 8 in all)."""
    api, url, correction = _correction_with_ballots(setting)

    with django_assert_num_queries(8 if connection.vendor == "postgresql" else 10):
        response = api.post(url, correction, format="json")

    assert response.status_code == 201
    assert len(ResultSubmission.objects.get(client_id=response.json()["submission"]["client_id"]).ballots) == 3


def test_one_submission_reads_at_most_six_times_and_writes_at_most_five_rows(setting):
    """The issue's budget: ≤ 6 queries (authentication included) and ≤ 5 rows written for
    one submission: the corrected result (update), the submission (its counts and
    ballots are JSON columns), the open answer and the audit entry."""
    api, url, correction = _correction_with_ballots(setting)

    with CaptureQueriesContext(connection) as captured:
        response = api.post(url, correction, format="json")

    statements = [query["sql"].split(" ", 1)[0] for query in captured.captured_queries]
    reads = [verb for verb in statements if verb == "SELECT"]
    writes = [
        query["sql"] for query in captured.captured_queries if query["sql"].startswith(("INSERT", "UPDATE", "WITH"))
    ]
    assert response.status_code == 201
    assert len(reads) <= 6
    # On PostgreSQL the submission, its open answer and its audit entry are one statement.
    assert [table for sql in writes for table in re.findall(r'(?:INSERT INTO|UPDATE) "(\w+)"', sql)] == [
        "results_resultsubmission",
        "results_resultsubmission",
        "results_openanswer",
        "core_auditentry",
    ]
    assert all("VALUES (" in sql and "), (" not in sql for sql in writes if sql.startswith("INSERT"))


def test_the_cached_rules_follow_a_change_of_the_questions(setting, staff_user):
    """The rules are cached per process by a version of the questions: a change (here a
    question no longer allows abstention) is seen by the next submission."""
    api = api_as(setting.note_taker)
    url = submissions_url(setting.table, setting.topic)
    blank = counts_payload(setting)
    api.post(url, body(setting, blank), format="json")  # fills the cache
    ResultSubmission.objects.all().delete()
    setting.single.__class__.objects.filter(pk=setting.single.pk).update(allows_abstention=False)

    response = api.post(url, body(setting, blank), format="json")

    assert response.status_code == 400
    assert f"count.{setting.single.pk}.blank" in response.json()
    assert ResultSubmission.objects.count() == 0

import pytest

from results.domain import ResultInvalid, submit_table_result
from results.models import ResultSubmission
from tests.factories.dialogues import OptionFactory, QuestionFactory
from tests.factories.results import options_of

from .fixtures import ballots_payload, counts_payload, new_id

pytestmark = pytest.mark.django_db


def errors_of(setting, payload):
    with pytest.raises(ResultInvalid) as invalid:
        submit_table_result(setting.table, setting.topic, by=setting.note_taker, payload=payload, client_id=new_id())
    assert ResultSubmission.objects.count() == 0
    return invalid.value.errors


def test_people_present_above_the_seats_is_refused(setting):
    errors = errors_of(setting, counts_payload(setting, present=7))

    assert errors == {"people_present": ["The table has 6 seats: no more people can be present."]}


def test_more_ballots_than_people_present_is_refused(setting):
    payload = ballots_payload(setting, seats=(1, 2, 3)) | {"people_present": 2}

    assert errors_of(setting, payload) == {"ballots": ["There are more ballots (3) than people present (2)."]}


def test_single_choice_counts_above_people_present_are_refused(setting):
    payload = counts_payload(setting, present=4)
    payload["counts"] = [row for row in payload["counts"] if row["question"] != setting.scale.pk]

    errors = errors_of(setting, payload)

    assert errors == {f"count.{setting.single.pk}": [
        "The answers to this question add up to 5, more than the 4 people present."]}


def test_multiple_choice_option_above_people_present_is_refused(setting):
    option = options_of(setting.multiple)[1]
    payload = counts_payload(setting)
    payload["counts"].append({"question": setting.multiple.pk, "option": option.pk, "count": 6})

    errors = errors_of(setting, payload)

    assert errors == {f"count.{setting.multiple.pk}.{option.pk}": [
        "More people ticked this option (6) than were present (5)."]}


def test_negative_count_is_refused(setting):
    option = options_of(setting.multiple)[1]
    payload = counts_payload(setting)
    payload["counts"].append({"question": setting.multiple.pk, "option": option.pk, "count": -1})

    assert errors_of(setting, payload) == {f"count.{setting.multiple.pk}.{option.pk}": ["Enter a whole number of 0 or more."]}


def test_option_of_another_question_is_refused(setting):
    foreign = options_of(setting.scale)[0]
    payload = counts_payload(setting)
    payload["counts"].append({"question": setting.single.pk, "option": foreign.pk, "count": 0})

    assert errors_of(setting, payload) == {f"count.{setting.single.pk}.{foreign.pk}": [
        "This answer is not one of the question's options."]}


def test_question_of_another_session_is_refused(setting):
    elsewhere = QuestionFactory()
    option = OptionFactory(question=elsewhere)
    payload = counts_payload(setting)
    payload["counts"].append({"question": elsewhere.pk, "option": option.pk, "count": 1})

    assert errors_of(setting, payload) == {f"count.{elsewhere.pk}.{option.pk}": [
        "This is not a closed question of this session."]}


def test_abstention_where_not_allowed_is_refused(setting):
    payload = counts_payload(setting)
    payload["counts"].append({"question": setting.scale.pk, "option": None, "count": 1})

    assert errors_of(setting, payload) == {f"count.{setting.scale.pk}.blank": ["This question does not allow abstention."]}


def test_ballot_without_answer_to_a_question_without_abstention_is_refused(setting):
    payload = ballots_payload(setting, seats=(2,))
    payload["ballots"][0]["answers"] = payload["ballots"][0]["answers"][:2]

    assert errors_of(setting, payload) == {f"ballot.2.{setting.scale.pk}": ["This question needs an answer on every ballot."]}


def test_ballot_with_too_many_choices_is_refused(setting):
    payload = ballots_payload(setting, seats=(2,))
    payload["ballots"][0]["answers"][1]["options"] = [o.pk for o in options_of(setting.multiple)]

    assert errors_of(setting, payload) == {f"ballot.2.{setting.multiple.pk}": ["Choose at most 2 options."]}


def test_ballot_seat_outside_the_table_is_refused(setting):
    payload = ballots_payload(setting, seats=(7,))

    assert errors_of(setting, payload) == {"ballot.7": ["Seat 7 is not a free seat of this table."]}


def test_too_many_open_answers_are_refused(setting):
    payload = counts_payload(setting)
    payload["open_answers"] = [{"question": setting.open.pk, "text": f"Idea {n}", "rank": None} for n in range(4)]

    assert errors_of(setting, payload) == {f"open.{setting.open.pk}": ["Give at most 3 answers."]}


def test_huge_open_answer_is_refused(setting):
    payload = counts_payload(setting)
    payload["open_answers"] = [{"question": setting.open.pk, "text": "x" * 2001, "rank": None}]

    assert errors_of(setting, payload) == {f"open.{setting.open.pk}.1": [
        "Keep the answer under 2000 characters (it has 2001)."]}


def test_duplicate_ranks_are_refused(setting):
    payload = counts_payload(setting)
    payload["open_answers"] = [{"question": setting.open.pk, "text": t, "rank": 1} for t in ("One", "Two")]

    assert errors_of(setting, payload) == {f"open.{setting.open.pk}.2.rank": ["Two answers have the same rank."]}

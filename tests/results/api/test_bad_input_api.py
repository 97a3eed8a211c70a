"""Bodies that once made the API answer 500 are refused with 400 JSON."""

import json

import pytest

from results.models import ResultSubmission
from tests.results.api.test_results_api import api_as, body, submissions_url

pytestmark = pytest.mark.django_db

UNREADABLE = "The JSON document is nested too deeply."


def _post_raw(setting, raw, content_type="application/json"):
    api = api_as(setting.note_taker)
    return api.post(submissions_url(setting.table, setting.topic), raw, content_type=content_type)


@pytest.mark.parametrize("depth", [1000, 100_000])
def test_json_nested_deeply_is_refused_with_400_json(setting, depth):
    response = _post_raw(setting, "[" * depth + "]" * depth)

    assert response.status_code == 400
    assert response.json() == {"detail": UNREADABLE}


def test_json_nested_just_past_the_limit_is_refused(setting):
    payload = body(setting) | {"open_answers": [[[[[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]]]]}

    response = api_as(setting.note_taker).post(submissions_url(setting.table, setting.topic), payload, format="json")

    assert response.status_code == 400
    assert response.json() == {"detail": UNREADABLE}


@pytest.mark.parametrize("raw", ['{"people_present": 1', "\xff\xfe", "1" * 5000])
def test_body_that_is_not_json_is_refused_with_400_json(setting, raw):
    response = _post_raw(setting, raw.encode("latin-1"))

    assert response.status_code == 400
    assert response.json()["detail"].startswith("The body is not valid JSON: ")


@pytest.mark.parametrize("text", ["Open\\u0000data", "bell\\u0007", "lone \\ud800 surrogate"])
def test_open_answer_with_a_control_character_is_refused_with_400_json(setting, text):
    payload = body(setting)
    payload["open_answers"][0]["text"] = "@TEXT@"
    raw = json.dumps(payload).replace("@TEXT@", text)

    response = _post_raw(setting, raw)

    assert response.status_code == 400
    assert response.json() == {
        "detail": "Remove the invisible control characters (such as NUL) from this text: they cannot be stored."
    }
    assert ResultSubmission.objects.count() == 0


def test_tab_and_new_lines_in_an_open_answer_are_kept(setting):
    payload = body(setting)
    payload["open_answers"][0]["text"] = "First line\r\nsecond\tline"

    response = api_as(setting.note_taker).post(submissions_url(setting.table, setting.topic), payload, format="json")

    assert response.status_code == 201
    assert ResultSubmission.objects.get().open_answers.filter(text="First line\r\nsecond\tline").count() == 1


@pytest.mark.parametrize("value", ["²", "٣", "5" * 4300, True, 5.0, "1e3", "-1"])
def test_people_present_that_is_not_a_whole_ascii_number_is_refused(setting, value):
    payload = body(setting) | {"people_present": value}

    response = api_as(setting.note_taker).post(submissions_url(setting.table, setting.topic), payload, format="json")

    assert response.status_code == 400
    assert response.json() == {"people_present": ["Enter a whole number with the digits 0 to 9 only."]}


def test_people_present_as_a_digit_string_is_read(setting):
    payload = body(setting) | {"people_present": "5"}

    response = api_as(setting.note_taker).post(submissions_url(setting.table, setting.topic), payload, format="json")

    assert response.status_code == 201
    assert ResultSubmission.objects.get().people_present == 5

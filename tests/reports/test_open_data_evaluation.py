"""The evaluation joins the open-data package as its own table (``evaluation.csv``):
the package still validates with frictionless, and small counts are suppressed."""

import csv
import io

import pytest
from django.urls import reverse
from frictionless import validate

from analysis.domain.evaluation import issue_tokens, submit_with_token
from analysis.enums import Audience
from tests.factories.accounts import StaffFactory
from tests.factories.analysis import evaluation_questionnaire

FILES = ["datapackage.json", "figures.csv", "codebook.csv", "evaluation.csv"]


def published(client, dialogue, name):
    return client.get(reverse("reports:open_data_file", args=[dialogue.slug, name]))


def answer(questionnaire, singles):
    staff = StaffFactory()
    single, _multiple, scale, _open = questionnaire.questions.all()
    for token, label in zip(issue_tokens(questionnaire, len(singles), by=staff), singles, strict=True):
        submit_with_token(
            questionnaire,
            token,
            {single.pk: [str(single.choices.get(label_en=label).pk)], scale.pk: ["4"]},
            language="en",
        )



@pytest.fixture
def keys_of_zero(monkeypatch):
    """Every evaluation answer's cell key 0, so the published counts are the true ones
    (the perturbation itself: tests/analysis/test_evaluation.py)."""
    monkeypatch.setattr("analysis.domain.evaluation.record_key", lambda uuid: 0)


def test_package_with_the_evaluation_validates_with_frictionless(client, tiny, tmp_path):
    after = evaluation_questionnaire(tiny, Audience.PARTICIPANTS_AFTER)
    answer(after, ["Yes"] * tiny.anonymity_threshold + ["No"])
    for name in FILES:
        (tmp_path / name).write_bytes(published(client, tiny, name).content)

    report = validate(str(tmp_path / "datapackage.json"))

    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [task.name for task in report.tasks] == ["figures", "codebook", "evaluation"]


def test_evaluation_table_counts_answers_and_suppresses_small_ones(keys_of_zero, client, tiny):
    after = evaluation_questionnaire(tiny, Audience.PARTICIPANTS_AFTER)
    answer(after, ["Yes"] * (tiny.anonymity_threshold + 2) + ["No"])
    single, _multiple, scale, _open = after.questions.all()

    rows = list(csv.DictReader(io.StringIO(published(client, tiny, "evaluation.csv").content.decode())))

    no = next(row for row in rows if row["question"] == f"q{single.pk}" and row["answer_label_en"] == "No")
    base = next(row for row in rows if row["question"] == f"q{single.pk}" and row["answer"] == "total")
    four = next(row for row in rows if row["question"] == f"q{scale.pk}" and row["answer"] == "4")
    assert (no["count"], no["suppressed"], no["answer_label_fr"]) == ("", "true", "Non")
    assert (base["count"], base["suppressed"]) == (str(tiny.anonymity_threshold + 3), "false")
    assert (four["suppressed"], four["answer_label_ar"]) == ("true", "4")  # the other values are 0: they give it away
    assert {row["questionnaire"] for row in rows} == {"participants_after"}


def test_without_evaluation_answers_the_package_has_no_evaluation_table(client, tiny):
    evaluation_questionnaire(tiny, Audience.PARTICIPANTS_AFTER)

    descriptor = published(client, tiny, "datapackage.json").json()

    assert [resource["name"] for resource in descriptor["resources"]] == ["figures", "codebook"]
    assert published(client, tiny, "evaluation.csv").status_code == 404

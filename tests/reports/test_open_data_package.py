"""The open data as a Frictionless Data Package: what is published validates with the
``frictionless`` package (as ``frictionless validate`` would in CI), carries labels in
every language beside the codes, a codebook of every question and option, its licence,
release and version; the API serves the same figures."""

import csv
import io
import json

from django.urls import reverse
from frictionless import validate

from dialogues.models import Option
from reports.domain.cube import closed_questions
from reports.domain.open_data import open_data_cells
from reports.domain.releases import latest_release

LANGUAGES = ["en", "fr", "es", "ar"]
FILES = ["datapackage.json", "figures.csv", "codebook.csv"]


def published(client, dialogue, name):
    return client.get(reverse("reports:open_data_file", args=[dialogue.slug, name]))


def rows_of(response):
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_published_package_validates_with_frictionless(client, tiny, tmp_path):
    for name in FILES:
        (tmp_path / name).write_bytes(published(client, tiny, name).content)

    report = validate(str(tmp_path / "datapackage.json"))

    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [task.name for task in report.tasks] == ["figures", "codebook"]


def test_package_names_its_licence_release_and_version(client, tiny):
    descriptor = json.loads(published(client, tiny, "datapackage.json").content)

    release = latest_release(tiny)
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert descriptor["version"] == f"{release.number}.0.0"
    assert descriptor["created"] == release.released_at.isoformat()
    assert [r["path"] for r in descriptor["resources"]] == ["figures.csv", "codebook.csv"]


def test_codebook_lists_every_question_and_option_in_every_language(client, tiny):
    codebook = rows_of(published(client, tiny, "codebook.csv"))

    by_key = {(row["kind"], row["code"]): row for row in codebook}
    questions = closed_questions(tiny)
    for question in questions:
        row = by_key[("question", question.code)]
        assert [row[f"label_{lang}"] for lang in LANGUAGES] == [getattr(question, f"text_{lang}") or ""
                                                                 for lang in LANGUAGES]
        assert row["label_en"] == question.text_en
    for option in Option.objects.filter(question__in=questions):
        row = by_key[("option", f"{option.question.code}/{option.code}")]
        assert row["label_en"] == option.label_en
        assert [row[f"label_{lang}"] for lang in LANGUAGES] == [getattr(option, f"label_{lang}") or ""
                                                                 for lang in LANGUAGES]
    assert by_key[("area", "world")]["label_fr"] == "Le monde"


def test_figures_carry_labels_beside_codes_and_the_same_counts_as_the_open_data(client, tiny):
    rows = rows_of(published(client, tiny, "figures.csv"))

    cells = open_data_cells(tiny)
    assert [(r["area"], r["question"], r["option"], r["group"], r["count"]) for r in rows] == [
        (c["area"], c["question"], c["option"], c["group"], "" if c["count"] is None else str(c["count"]))
        for c in cells
    ]
    question = closed_questions(tiny)[0]
    row = next(r for r in rows if r["question"] == question.code and r["area"] == "world" and r["group"] == "all")
    assert row["question_text_en"] == question.text_en
    assert row["area_name_en"] == "The world" and row["group_label_en"] == "Everyone"
    assert all(r["suppressed"] == ("true" if r["count"] == "" else "false") for r in rows)


def test_api_serves_the_same_package(client, tiny):
    api = client.get(reverse("reports-api:open-data-package", args=[tiny.slug])).json()

    assert api["figures"] == json.loads(published(client, tiny, "figures.json").content)
    assert api["codebook"] == json.loads(published(client, tiny, "codebook.json").content)
    assert api["datapackage"]["resources"][0]["path"].endswith(f"/reports/{tiny.slug}/open-data/figures.csv")


def test_unknown_package_file_and_draft_dialogue_are_not_found(client, tiny):
    assert published(client, tiny, "datapackage.json.bak").status_code == 404
    assert published(client, tiny, "secrets.csv").status_code == 404
    tiny.status = "draft"
    tiny.save()
    assert published(client, tiny, "datapackage.json").status_code == 404
    assert client.get(reverse("reports-api:open-data-package", args=[tiny.slug])).status_code == 404

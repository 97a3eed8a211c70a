"""The licence of a dialogue's open data (CC BY 4.0 unless the dialogue says otherwise):
the data package, its codebook, the report's method page and the public page name it."""

import csv
import io
import json

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from dialogues.enums import DataLicence


def published(client, dialogue, name):
    return client.get(reverse("reports:open_data_file", args=[dialogue.slug, name])).content.decode()


def licence_rows(client, dialogue):
    return [row for row in csv.DictReader(io.StringIO(published(client, dialogue, "codebook.csv")))
            if row["kind"] == "licence"]


def method_page(dialogue, language="en"):
    method = {"sites": 1, "countries": 1, "tables": 1, "people": None, "sessions": [], "panel": []}
    with translation.override(language):
        html = render_to_string("reports/pdf/_method.html", {"method": method, "k": 10, "dialogue": dialogue})
    return " ".join(html.split())


def test_new_dialogue_publishes_under_cc_by_4(client, tiny):
    descriptor = json.loads(published(client, tiny, "datapackage.json"))

    assert tiny.data_licence == "CC-BY-4.0"
    assert descriptor["licenses"] == [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                                       "path": "https://creativecommons.org/licenses/by/4.0/"}]
    [row] = licence_rows(client, tiny)
    assert row["code"] == "CC-BY-4.0"
    assert row["label_en"] == "Creative Commons Attribution 4.0 (CC BY 4.0) https://creativecommons.org/licenses/by/4.0/"


def test_dialogue_licence_reaches_the_package_codebook_and_public_page(client, tiny):
    tiny.data_licence = DataLicence.CC0
    tiny.save()

    descriptor = json.loads(published(client, tiny, "datapackage.json"))
    page = client.get(reverse("reports:public", args=[tiny.slug])).content.decode()

    assert descriptor["licenses"][0]["name"] == "CC0-1.0"
    assert descriptor["licenses"][0]["path"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    [row] = licence_rows(client, tiny)
    assert row["code"] == "CC0-1.0"
    assert row["label_fr"].startswith("Creative Commons Zéro 1.0")
    assert "Licence: Creative Commons Zero 1.0: public domain dedication (CC0 1.0)." in page
    assert 'href="https://creativecommons.org/publicdomain/zero/1.0/"' in page


def test_method_page_names_the_licence_in_the_report_language(tiny):
    tiny.data_licence = DataLicence.ODBL

    english = method_page(tiny)
    french = method_page(tiny, "fr")

    assert ("This report and its figures may be reused under the licence Open Data Commons Open Database Licence "
            "1.0 (ODbL 1.0) (https://opendatacommons.org/licenses/odbl/1-0/).") in english
    assert "Open Data Commons" in french and "Licence" in french and "réutilisés" in french


def test_package_stays_valid_with_another_licence(client, tiny, tmp_path):
    from frictionless import validate

    tiny.data_licence = DataLicence.CC_BY_SA_4
    tiny.save()
    for name in ("datapackage.json", "figures.csv", "codebook.csv"):
        (tmp_path / name).write_text(published(client, tiny, name), encoding="utf-8")

    report = validate(str(tmp_path / "datapackage.json"))

    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])

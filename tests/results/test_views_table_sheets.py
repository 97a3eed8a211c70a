"""A note taker prints the result sheets of their own table, never another table's."""

import subprocess

import pytest
from django.urls import reverse

from tests.factories.dialogues import TableFactory

pytestmark = pytest.mark.django_db


def _url(table):
    return reverse("results:table_result_sheets", args=[table.pk])


def _pdf_text(content, tmp_path):
    pdf = tmp_path / "sheets.pdf"
    pdf.write_bytes(content)
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_note_taker_prints_the_sheets_of_their_own_table_only(client, setting, tmp_path):
    neighbour = TableFactory(site=setting.table.site, capacity=6)
    client.force_login(setting.note_taker)

    response = client.get(_url(setting.table))

    assert (response.status_code, response["Content-Type"]) == (200, "application/pdf")
    text = _pdf_text(response.content, tmp_path)
    assert f"Table {setting.table.number}, {setting.table.site.name}" in text
    assert f"Table {neighbour.number}, " not in text


def test_note_taker_home_links_their_tables_sheets(client, setting):
    client.force_login(setting.note_taker)

    page = client.get(reverse("results:note_taker_home")).content.decode()

    assert f'href="{_url(setting.table)}"' in page
    assert _url(setting.other_table) not in page


@pytest.mark.parametrize("who", ["other_note_taker", "facilitator", "other_coordinator"])
def test_others_are_refused_the_tables_sheets(client, setting, who):
    client.force_login(getattr(setting, who))

    assert client.get(_url(setting.table)).status_code == 403


def test_note_taker_of_another_table_at_the_same_site_is_refused(client, setting):
    neighbour = TableFactory(site=setting.table.site, capacity=6, note_taker=setting.other_note_taker)
    client.force_login(setting.note_taker)

    assert client.get(_url(neighbour)).status_code == 403
    assert client.get(reverse("results:result_sheets", args=[setting.table.site.pk])).status_code == 403


def test_partner_member_prints_one_table(client, setting):
    client.force_login(setting.coordinator)

    assert client.get(_url(setting.table))["Content-Type"] == "application/pdf"

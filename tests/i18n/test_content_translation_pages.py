"""Staff see missing content translations, export them for translators and import
the translated file back, all or nothing."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories.accounts import UserFactory
from tests.factories.dialogues import OptionFactory, TopicFactory
from tests.helpers import signed_in
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db

STATUS_URL = "/en/staff/translations/"
EXPORT_URL = "/en/staff/translations/export/"
IMPORT_URL = "/en/staff/translations/import/"


def _csv_upload(rows, name="translated.csv"):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["field", "object_id", "what", "language", "source_language", "source_text", "translation"])
    writer.writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode("utf-8"), content_type="text/csv")


def _topic_status_row(html):
    start = html.index("Topic · title")
    return "".join(html[start: html.index("</tr>", start)].split())


def test_status_counts_missing_translations_per_language(client, staff_user):
    TopicFactory(title_en="Digital identity", title_fr="Identité numérique", title_es="", title_ar="")
    TopicFactory(title_en="Governing AI", title_fr="", title_es="Gobernar la IA", title_ar="")

    html = signed_in(client, staff_user).get(STATUS_URL).content.decode()

    assert _topic_status_row(html) == (
        'Topic·title</th><td>2</td><td>0</td><tdclass="translation-missing">1</td>'
        '<tdclass="translation-missing">1</td><tdclass="translation-missing">2</td>'
        '<tdclass="translation-missing">2</td>'
    )


def test_status_lists_every_registered_translatable_field(client, staff_user):
    html = signed_in(client, staff_user).get(STATUS_URL).content.decode()

    for label in ("Dialogue · name", "Topic · description", "Question · help text", "Option · label"):
        assert label in html


@pytest.mark.parametrize("topics", [1, 3])
def test_status_query_count_does_not_grow_with_content(client, staff_user, django_assert_max_num_queries, topics):
    TopicFactory.create_batch(topics, title_en="A topic", title_fr="")
    signed_in(client, staff_user)

    # A fixed number per translatable model (the analysis and evaluation models added
    # five), whatever the number of rows.
    with django_assert_max_num_queries(30):
        client.get(STATUS_URL)


def test_status_refuses_non_staff(client):
    client.force_login(UserFactory())

    assert client.get(STATUS_URL).status_code == 403


def test_status_sends_visitors_to_sign_in(client):
    response = client.get(STATUS_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_export_lists_missing_strings_with_their_source(client, staff_user):
    topic = TopicFactory(title_en="Digital identity", title_fr="", title_es="Identidad digital")

    response = signed_in(client, staff_user).get(EXPORT_URL, {"language": "fr", "file_format": "csv"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response["Content-Disposition"] == 'attachment; filename="missing-translations-fr.csv"'
    assert [str(topic.pk), "fr", "en", "Digital identity", ""] in [[r[1], r[3], r[4], r[5], r[6]] for r in rows]
    assert rows[0] == ["field", "object_id", "what", "language", "source_language", "source_text", "translation"]


def test_export_as_xlsx_is_a_spreadsheet(client, staff_user):
    TopicFactory(title_en="Digital identity", title_fr="")

    response = signed_in(client, staff_user).get(EXPORT_URL, {"language": "fr", "file_format": "xlsx"})

    assert response.content[:2] == b"PK"


def test_import_writes_translations_and_logs(client, staff_user):
    topic = TopicFactory(title_en="Digital identity", title_fr="")
    option = OptionFactory(label_en="Yes", label_ar="")
    upload = _csv_upload([
        ["dialogues.Topic.title", topic.pk, "", "fr", "en", "Digital identity", "Identité numérique"],
        ["dialogues.Option.label", option.pk, "", "ar", "en", "Yes", "نعم"],
        ["dialogues.Option.label", option.pk, "", "es", "en", "Yes", ""],
    ])

    response = signed_in(client, staff_user).post(IMPORT_URL, {"file": upload}, follow=True)

    topic.refresh_from_db()
    option.refresh_from_db()
    assert (topic.title_fr, option.label_ar, option.label_es) == ("Identité numérique", "نعم", None)
    assert "2 translations imported (rows left empty: 1)." in response.content.decode()
    assert AuditEntry.objects.get(action="i18n.content.imported").data == {"updated": 2, "languages": ["ar", "fr"]}


def test_import_refuses_whole_file_with_one_error_per_bad_row(client, staff_user):
    topic = TopicFactory(title_en="Digital identity", title_fr="")
    upload = _csv_upload([
        ["dialogues.Topic.title", topic.pk, "", "fr", "en", "Digital identity", "Identité numérique"],
        ["dialogues.Topic.colour", topic.pk, "", "fr", "en", "Digital identity", "Rouge"],
        ["dialogues.Topic.title", 999999, "", "fr", "en", "Digital identity", "Identité"],
        ["dialogues.Topic.title", topic.pk, "", "de", "en", "Digital identity", "Digitale Identität"],
        ["dialogues.Topic.title", topic.pk, "", "es", "en", "Digital ID", "Identidad digital"],
        ["dialogues.Topic.title", topic.pk, "", "en", "en", "Digital identity", "Digital ID"],
    ])

    response = signed_in(client, staff_user).post(IMPORT_URL, {"file": upload})

    topic.refresh_from_db()
    html = response.content.decode()
    assert response.status_code == 400
    assert topic.title_fr in ("", None)
    assert "<tr><td>3</td><td>“dialogues.Topic.colour” is not a translatable field.</td></tr>" in html
    assert "<tr><td>4</td><td>No topic has the id “999999”.</td></tr>" in html
    assert "<tr><td>5</td><td>“de” is not one of the platform&#x27;s languages.</td></tr>" in html
    assert "<tr><td>6</td><td>The text to translate has changed since the export: export the file again.</td></tr>" in html
    assert "<tr><td>7</td><td>This row would replace the text translators start from; choose another language.</td></tr>" in html
    assert not AuditEntry.objects.filter(action="i18n.content.imported").exists()


def test_import_refuses_file_without_required_columns(client, staff_user):
    upload = SimpleUploadedFile("t.csv", b"field,translation\nx,y\n", content_type="text/csv")

    response = signed_in(client, staff_user).post(IMPORT_URL, {"file": upload})

    assert "Columns missing: object_id, language, source_text." in response.content.decode()


def test_import_refuses_other_file_types(client, staff_user):
    upload = SimpleUploadedFile("t.pdf", b"%PDF-1.4", content_type="application/pdf")

    response = signed_in(client, staff_user).post(IMPORT_URL, {"file": upload})

    assert "Choose a CSV or XLSX file." in response.content.decode()


def test_import_refuses_non_staff(client):
    client.force_login(UserFactory())

    assert client.post(IMPORT_URL, {"file": _csv_upload([])}).status_code == 403


def test_staff_see_a_link_to_translations_others_do_not(client, staff_user):
    staff_page = signed_in(client, staff_user).get("/en/staff/translations/").content.decode()
    client.force_login(UserFactory())
    other_page = client.get("/en/home/").content.decode()

    assert '<a href="/en/staff/translations/">Translations</a>' in staff_page
    assert "/en/staff/translations/" not in other_page

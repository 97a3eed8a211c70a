import io
import subprocess

import pytest
from django.urls import reverse
from PIL import Image

from results.domain import submit_table_result
from results.models import ResultSubmission
from tests.factories.accounts import StaffFactory
from tests.helpers import signed_in

from .fixtures import counts_payload, new_id

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(setting):
    submission, _ = submit_table_result(setting.table, setting.topic, by=setting.note_taker,
                                        payload=counts_payload(setting), client_id=new_id())
    return submission


def review_url(setting):
    return reverse("results:result_review", args=[setting.table.pk, setting.topic.pk])


def test_facilitator_sees_the_result_and_confirms_it(client, setting, sent):
    client.force_login(setting.facilitator)

    page = client.get(review_url(setting))
    response = client.post(reverse("results:result_decision", args=[sent.pk]), {"decision": "confirm"})

    assert "State: Sent. People present: 5." in page.content.decode()
    assert response.status_code == 302
    sent.refresh_from_db()
    assert sent.state == "confirmed"


def test_partner_member_rejects_with_a_reason_the_note_taker_sees(client, setting, sent):
    client.force_login(setting.coordinator)
    client.post(reverse("results:result_decision", args=[sent.pk]), {"decision": "reject", "reason": "Seat 2 is missing"})
    client.force_login(setting.note_taker)

    home = client.get(reverse("results:note_taker_home")).content.decode()

    assert "Rejected" in home
    assert "Reason: Seat 2 is missing" in home


def test_reject_without_reason_shows_the_message(client, setting, sent):
    client.force_login(setting.coordinator)

    response = client.post(reverse("results:result_decision", args=[sent.pk]), {"decision": "reject", "reason": ""})

    assert response.status_code == 400
    assert "Say why the result is rejected, so the note taker can correct it." in response.content.decode()
    sent.refresh_from_db()
    assert sent.state == "sent"


def test_note_taker_and_other_partner_cannot_confirm(client, setting, sent):
    for user in (setting.note_taker, setting.other_coordinator, setting.other_note_taker):
        client.force_login(user)

        response = client.post(reverse("results:result_decision", args=[sent.pk]), {"decision": "confirm"})

        assert response.status_code == 403
    sent.refresh_from_db()
    assert sent.state == "sent"


def test_other_partner_cannot_see_the_review_page(client, setting, sent):
    client.force_login(setting.other_coordinator)

    assert client.get(review_url(setting)).status_code == 403


def test_photo_is_shown_to_the_sites_people_and_staff_only(client, setting, sent):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "JPEG")
    buffer.name = "sheet.jpg"
    buffer.seek(0)
    client.force_login(setting.note_taker)
    upload = client.post(reverse("results:result_photo_upload", args=[sent.pk]), {"photo": buffer})
    photo_url = reverse("results:result_photo", args=[sent.pk])

    seen = {}
    for name, user in (("facilitator", setting.facilitator), ("coordinator", setting.coordinator),
                       ("other", setting.other_coordinator), ("other_note_taker", setting.other_note_taker)):
        client.force_login(user)
        seen[name] = client.get(photo_url).status_code
    signed_in(client, StaffFactory())
    seen["staff"] = client.get(photo_url).status_code

    assert upload.status_code == 302
    assert seen == {"facilitator": 200, "coordinator": 200, "other": 403, "other_note_taker": 403, "staff": 200}


def test_upload_of_a_non_image_is_refused_beside_the_field(client, setting, sent):
    client.force_login(setting.note_taker)
    fake = io.BytesIO(b"<html>not a photo</html>")
    fake.name = "sheet.jpg"

    response = client.post(reverse("results:result_photo_upload", args=[sent.pk]), {"photo": fake})

    assert response.status_code == 400
    assert "This file is not a photo: send a JPEG, PNG or WebP image." in response.content.decode()


def test_history_keeps_the_corrected_result(client, setting, sent):
    submit_table_result(setting.table, setting.topic, by=setting.note_taker,
                        payload=counts_payload(setting, present=6), client_id=new_id(), replaces=sent.client_id)
    client.force_login(setting.facilitator)

    html = client.get(review_url(setting)).content.decode()

    assert html.count("Replaced by a correction") == 1
    assert ResultSubmission.objects.count() == 2


def test_result_sheets_pdf_has_the_questions_in_the_tables_language_for_the_partner_only(client, setting, tmp_path):
    client.force_login(setting.coordinator)
    url = reverse("results:result_sheets", args=[setting.table.site.pk])

    response = client.get(url)
    client.force_login(setting.other_coordinator)
    refused = client.get(url)

    assert (response.status_code, response["Content-Type"], refused.status_code) == (200, "application/pdf", 403)
    pdf = tmp_path / "sheets.pdf"
    pdf.write_bytes(response.content)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Who should hold your identity?" in text  # no French text given: falls back to English
    assert "Personnes présentes" in text  # the table's language is French


def _ids_and_described(html, element_id):
    """Every id on the page, and the ``aria-describedby`` ids of the element ``element_id``."""
    import re

    ids = set(re.findall(r'\sid="([^"]+)"', html))
    tag = re.search(rf'<[^>]*\sid="{re.escape(element_id)}"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', tag).group(1).split()
    return ids, described


def test_refused_rejection_shows_the_error_summary_linked_to_the_reason_and_keeps_it(client, setting, sent):
    client.force_login(setting.coordinator)
    reason = "x" * 1001

    response = client.post(reverse("results:result_decision", args=[sent.pk]), {"decision": "reject", "reason": reason})

    html = response.content.decode()
    ids, described = _ids_and_described(html, "id_reason")
    assert response.status_code == 400
    assert "data-form-error-summary" in html
    assert '<a href="#id_reason">Or say what is wrong: Keep the reason under 1000 characters.</a>' in html
    assert described == ["id_reason_error"] and set(described) <= ids
    assert f">\n{reason}</textarea>" in html
    sent.refresh_from_db()
    assert sent.state == "sent"


def test_refused_photo_shows_the_error_summary_linked_to_the_field(client, setting, sent):
    client.force_login(setting.note_taker)

    response = client.post(reverse("results:result_photo_upload", args=[sent.pk]), {})

    html = response.content.decode()
    ids, described = _ids_and_described(html, "id_photo")
    assert response.status_code == 400
    assert '<a href="#id_photo">Attach a photo (JPEG, PNG or WebP, at most 5 MB): Choose the photo of the paper sheet.</a>' in html
    assert described == ["id_photo_error"] and set(described) <= ids
    assert 'accept="image/jpeg,image/png,image/webp"' in html

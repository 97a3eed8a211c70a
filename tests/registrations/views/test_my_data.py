import datetime as dt
import json
import subprocess

import pytest
from django.urls import reverse
from django.utils import formats

from conduct.domain.acceptance import record_acceptance
from registrations.domain.checkin import mark_attendance
from registrations.domain.rights import rights_token
from registrations.enums import Attendance, RegistrantStatus
from registrations.models import DataRightsRequest
from tests.factories.conduct import PublishedVersionFactory
from tests.factories.dialogues import SiteDayFactory
from tests.factories.registrations import RegistrantFactory, answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(setup):
    return answer(RegistrantFactory(site=setup.lyon, first_name="Inès", email="ines@example.net"),
                  [setup.features["gender"]["woman"]])


def _url(name, person, token=None):
    return reverse(f"registrations:{name}", kwargs={"token": token or rights_token(person)})


def test_my_data_page_shows_everything_held(client, person):
    response = client.get(_url("my_data", person))

    content = response.content.decode()
    assert "Inès" in content and "ines@example.net" in content and person.reference_code in content
    assert response["Cache-Control"] == "no-store"


def test_my_data_page_tells_where_to_go(client, person, setup):
    setup.lyon.street_address, setup.lyon.directions = "12 rue de la Paix", "Blue door, 2nd floor."
    setup.lyon.save()

    content = client.get(_url("my_data", person)).content.decode()

    assert "Where to go" in content and "12 rue de la Paix" in content and "Blue door, 2nd floor." in content


def test_my_data_json_download_and_request_recorded(client, person):
    response = client.get(_url("my_data_json", person))

    data = json.loads(response.content)
    assert data["email"] == "ines@example.net"
    assert data["demographic_answers"] == [
        {"question_code": "gender", "question": "Gender", "answer_code": "woman", "answer": "Woman"}
    ]
    assert DataRightsRequest.objects.get().kind == "access"


def test_my_data_pdf_download(client, person):
    response = client.get(_url("my_data_pdf", person))

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_my_data_pdf_holds_check_in_conduct_witness_codes_and_requests(client, person, staff_user, tmp_path):
    person.status = RegistrantStatus.SELECTED
    person.save()
    consent = person.consents.get(purpose="participation")
    consent.witness = staff_user
    consent.save()
    mark_attendance(person, Attendance.ATTENDED, by=staff_user)
    record_acceptance(version=PublishedVersionFactory(number=3, code__title="Dialogue code"),
                      dialogue=person.dialogue, method="online", participant_id=person.pk)
    client.get(_url("my_data_json", person))

    response = client.get(_url("my_data_pdf", person))
    (tmp_path / "data.pdf").write_bytes(response.content)
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "data.pdf"), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())

    # Labels and the labels of stored codes, not keys; dates as the language writes them.
    checked_in = formats.date_format(person.checked_in_at.astimezone(dt.UTC), "DATETIME_FORMAT")
    assert f"Checked in on {checked_in}" in text and "checked_in_at" not in text
    assert "Gender (gender) Woman (woman)" in text
    assert f"Witness: {staff_user.full_name}" in text
    assert "Dialogue code (version 3) Online, by the person" in text
    assert "See or download my data (json)" in text


def test_my_data_correct(client, person):
    response = client.post(_url("my_data", person), {
        "first_name": "Inès", "last_name": "Roux", "email": "ines.roux@example.net", "phone": "",
        "preferred_language": "fr",
    })

    person.refresh_from_db()
    assert response.status_code == 302
    assert (person.last_name, person.email) == ("Roux", "ines.roux@example.net")


def test_my_data_withdraw(client, person):
    client.post(_url("my_data_withdraw", person), {"purpose": "participation"})

    person.refresh_from_db()
    assert person.status == "withdrawn"


def test_my_data_erase_needs_confirmation(client, person):
    client.post(_url("my_data_erase", person), {})
    person.refresh_from_db()
    assert person.erased_at is None

    response = client.post(_url("my_data_erase", person), {"confirm": "yes"})

    person.refresh_from_db()
    assert "Your data is erased" in response.content.decode()
    assert (person.first_name, person.email) == ("", "")


def test_tampered_link_is_refused_without_showing_data(client, person):
    token = rights_token(person)
    response = client.get(_url("my_data", person, token=token[:-4] + "abcd"))

    assert response.status_code == 403
    assert "Inès" not in response.content.decode()
    assert "not valid" in response.content.decode()


def test_expired_link_is_refused(client, person, monkeypatch):
    import time

    token = rights_token(person)
    now = time.time()
    monkeypatch.setattr("time.time", lambda: now + 31 * 86400)

    response = client.get(_url("my_data", person, token=token))

    assert response.status_code == 403
    assert "expired" in response.content.decode()


def test_tampered_link_refused_for_download_withdraw_and_erase(client, person):
    bad = "eyJ4IjoxfQ:bad:signature"
    assert client.get(_url("my_data_json", person, token=bad)).status_code == 403
    assert client.post(_url("my_data_withdraw", person, token=bad), {"purpose": "participation"}).status_code == 403
    assert client.post(_url("my_data_erase", person, token=bad), {"confirm": "yes"}).status_code == 403
    person.refresh_from_db()
    assert (person.status, person.erased_at) == ("registered", None)


def test_selected_participant_sees_the_meeting_link_of_their_sites_online_day(client, person, setup):
    SiteDayFactory(site=setup.lyon, date=setup.lyon.day + dt.timedelta(days=1), mode="online",
                   meeting_link="https://meet.example.org/lyon-online")
    selected = RegistrantFactory(site=setup.lyon, status=RegistrantStatus.SELECTED)

    content = client.get(_url("my_data", selected)).content.decode()
    not_selected = client.get(_url("my_data", person)).content.decode()

    assert "Your days" in content and 'href="https://meet.example.org/lyon-online"' in content
    assert "meet.example.org" not in not_selected and "Your days" not in not_selected


def test_my_data_pdf_in_arabic_has_arabic_labels_and_the_phone_number_in_its_order(client, person, tmp_path):
    person.phone = "+21620123456"
    person.save()

    response = client.get(_url("my_data_pdf", person).replace("/en/", "/ar/"))
    (tmp_path / "data.pdf").write_bytes(response.content)
    text = subprocess.run(["pdftotext", str(tmp_path / "data.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout

    assert ("الرمز المرجعي" in text, "الهاتف" in text, "+21620123456" in text, "reference_code" in text,
            "Reference code" in text) == (True, True, True, False, False)


def test_erasing_without_the_box_ticked_is_refused_with_the_error_summary_linked_to_the_box(client, person):
    import re

    response = client.post(_url("my_data_erase", person), {})

    html = response.content.decode()
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    box = re.search(r'<input[^>]*id="confirm-erase"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', box).group(1).split()
    assert response.status_code == 400
    assert "data-form-error-summary" in html
    assert ('<a href="#confirm-erase">I want my personal data erased. This cannot be undone.: '
            "Tick the box to confirm that you want your data erased.</a>") in html
    assert described == ["confirm-erase_error"] and set(described) <= ids
    assert 'value="yes"' in box and "checked" not in box
    person.refresh_from_db()
    assert person.erased_at is None

"""The registration slip a person who cannot read can use (issue 21): a QR code of their
link, the site, the date and local time, the day's steps and the partner's phone number,
on A6; and the partner's bulk printing, limited to the partner's own registrants."""

import datetime as dt
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import zxingcpp
from django.urls import reverse
from PIL import Image

from registrations.domain.rights import registrant_from_token
from tests.factories.onboarding import ScheduledItemFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


def _pages(pdf, folder):
    """Each page of ``pdf`` as a PNG image (pdftoppm, 150 dpi), and its text (pdftotext)."""
    path = Path(folder) / "slips.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(Path(folder) / "page")], check=True)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [Image.open(png) for png in sorted(Path(folder).glob("page*.png"))], text


def _person_of_qr(image):
    (code,) = zxingcpp.read_barcodes(image)
    token = urlsplit(code.text).path.rstrip("/").rsplit("/", 1)[-1]
    return registrant_from_token(token)


def _assisted(site, **values):
    return RegistrantFactory(site=site, method="assisted", **values)


def test_slip_of_an_assisted_registration_has_a_qr_code_of_the_persons_link_site_date_and_phone(client, setup, tmp_path):
    setup.france.contact_phone = "+33 4 72 00 00 00"
    setup.france.save()
    ScheduledItemFactory(site=setup.lyon, starts_at=dt.datetime(2026, 12, 31, 8, 30, tzinfo=dt.UTC))
    person = _assisted(setup.lyon, preferred_language="es")
    signed_in(client, setup.france_member)

    response = client.get(reverse("registrations:slip_pdf", kwargs={"registrant_id": person.pk}))

    (page,), text = _pages(response.content, tmp_path)
    width_mm, height_mm = (round(side / 150 * 25.4) for side in page.size)
    assert (_person_of_qr(page), (width_mm, height_mm)) == (person, (105, 148))
    words = " ".join(text.split())
    assert (setup.lyon.name in words, "+33 4 72 00 00 00" in words, person.reference_code in words) == (True, True, True)
    assert "31 de diciembre de 2026 a las 09:30" in words  # 08:30 UTC in Lyon (Europe/Paris)


def test_partner_prints_the_slips_of_its_own_assisted_registrations_only(client, setup, tmp_path):
    mine = [_assisted(setup.lyon, preferred_language=language) for language in ("fr", "ar")]
    RegistrantFactory(site=setup.lyon, method="online")
    others = _assisted(setup.nairobi)
    signed_in(client, setup.france_member)

    response = client.get(reverse("registrations:partner_slips_pdf", kwargs={"partner_id": setup.france.pk}))

    pages, text = _pages(response.content, tmp_path)
    assert sorted(_person_of_qr(page).pk for page in pages) == sorted(person.pk for person in mine)
    assert others.reference_code not in text


def test_bulk_slips_of_another_partner_are_refused(client, setup):
    _assisted(setup.lyon)
    signed_in(client, setup.kenya_member)

    response = client.get(reverse("registrations:partner_slips_pdf", kwargs={"partner_id": setup.france.pk}))

    assert response.status_code == 403

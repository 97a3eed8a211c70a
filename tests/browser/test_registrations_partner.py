"""Partner staff: assisted registration with a printable slip, and import of paper
forms (a bad file imports nothing and lists every error; a good one imports all)."""

import pytest
from playwright.sync_api import expect

from registrations.models import Registrant
from tests.factories.registrations import registration_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADER = "first_name,last_name,email,phone,preferred_language,country,site,gender,age,consent_participation,consent_contact,consent_statistics,consent_photographs,consent_language,code_of_conduct\n"


def test_assisted_registration_with_slip(browser_page, sign_in):
    world = registration_world()
    page = sign_in(world.france_member)
    page.goto(f"/en/partners/{world.france.pk}/registrants/assisted/")

    page.fill("input[name=first_name]", "Amadou")
    page.select_option("select[name=site]", str(world.lyon.pk))
    page.check(f"input[name=feature_gender][value='{world.features['gender']['man'].pk}']")
    page.check(f"input[name=feature_age][value='{world.features['age']['old'].pk}']")
    page.select_option("select[name=consent_language]", "fr")
    page.check("input[name=consent_participation]")
    page.check("input[name=consent_statistics]")
    page.click("form.registration-form button[type=submit]")

    code = page.locator(".reference-code").inner_text()
    person = Registrant.objects.get()
    assert code == person.reference_code
    slip_href = page.get_attribute("text=Print the confirmation slip (PDF)", "href")
    slip = page.request.get(slip_href)
    assert slip.headers["content-type"] == "application/pdf" and slip.body().startswith(b"%PDF")
    record = person.consents.get(purpose="participation")
    assert (record.method, record.witness_id, record.language) == ("assisted", world.france_member.pk, "fr")


def _upload(page, content):
    page.set_input_files("input[name=file]", files=[{"name": "forms.csv", "mimeType": "text/csv", "buffer": content.encode()}])
    page.click("text=Check the file")


def test_import_bad_file_then_good_file(browser_page, sign_in):
    world = registration_world()
    page = sign_in(world.france_member)
    page.goto(f"/en/partners/{world.france.pk}/registrants/import/")

    _upload(page, HEADER + ",Roux,,,fr,FR,,man,old,yes,no,yes,no,fr,yes\nHugo,,,,fr,DE,,man,old,yes,no,yes,no,fr,yes\n")
    rows = page.locator("table.import-problems tbody tr")
    expect(rows).to_have_count(2)
    assert rows.nth(0).inner_text().split("\t") == ["2", "first_name", "A first name is needed."]
    assert rows.nth(1).inner_text().split("\t") == ["3", "country", "“DE” is not one of your countries."]
    assert Registrant.objects.count() == 0

    _upload(page, HEADER + "Léa,Roux,,,fr,FR,Lyon hall,woman,old,yes,no,yes,no,fr,yes\nHugo,Girard,,,fr,FR,,man,young,yes,no,yes,no,fr,yes\n")
    expect(page.locator("table.import-preview tbody tr")).to_have_count(2)
    assert Registrant.objects.count() == 0
    page.click("text=Import all")

    expect(page.locator(".message--success")).to_have_text("2 people imported from the paper forms.")
    assert sorted(Registrant.objects.values_list("first_name", flat=True)) == ["Hugo", "Léa"]


def test_registrant_list_search_in_any_word_order_then_export(browser_page, sign_in):
    from tests.factories.registrations import RegistrantFactory

    world = registration_world()
    RegistrantFactory(site=world.lyon, first_name="Karim", last_name="Fontaine")
    RegistrantFactory(site=world.lyon, first_name="Karim", last_name="Benali")
    page = sign_in(world.france_member)
    page.goto(f"/en/partners/{world.france.pk}/registrants/")

    page.fill("#list-q", "fontaine KARIM")
    page.click("form.list-search button[type=submit]")

    rows = page.locator("section[aria-labelledby=people-heading] tbody tr")
    expect(rows).to_have_count(1)
    assert "Karim Fontaine" in rows.nth(0).inner_text()
    assert "fontaine" not in page.url.lower()
    with page.expect_download() as download:
        page.click(".list-export a:text('CSV')")
    content = open(download.value.path(), encoding="utf-8-sig").read()
    assert "Fontaine" in content and "Benali" not in content

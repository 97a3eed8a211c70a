"""Citizens on the public pages: self-registration in French and in Arabic, and the
data-rights page (download, correct, withdraw, erase)."""

import json

import pytest
from playwright.sync_api import expect

from registrations.domain.rights import rights_token
from registrations.models import Registrant
from tests.factories.registrations import RegistrantFactory, answer, registration_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _fill_registration(page, world, *, first_name, email):
    page.fill("input[name=first_name]", first_name)
    page.fill("input[name=email]", email)
    page.check(f"input[name=feature_gender][value='{world.features['gender']['woman'].pk}']")
    page.check(f"input[name=feature_age][value='{world.features['age']['young'].pk}']")
    page.check("input[name=consent_participation]")
    page.check("input[name=consent_statistics]")
    page.click("form.registration-form button[type=submit]")


def test_self_registration_in_french(browser_page):
    world = registration_world()
    page = browser_page
    page.goto(f"/fr/register/{world.dialogue.slug}/country/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"

    _fill_registration(page, world, first_name="Claire", email="claire@example.net")

    code = page.locator(".reference-code").inner_text()
    person = Registrant.objects.get()
    assert code == person.reference_code
    assert (person.first_name, person.country.code) == ("Claire", "FR")
    assert person.consents.get(purpose="participation").language == "fr"


def test_self_registration_in_arabic_is_right_to_left_and_explains_a_double(browser_page):
    world = registration_world()
    RegistrantFactory(site=world.nairobi, email="amina@example.net")
    page = browser_page
    page.goto(f"/ar/register/{world.dialogue.slug}/country/ke/")
    assert page.locator("html").get_attribute("dir") == "rtl"

    _fill_registration(page, world, first_name="أمينة", email="amina@example.net")
    expect(page.locator(".errorlist").first).to_be_visible()
    assert page.locator("input[name=first_name]").input_value() == "أمينة"
    page.fill("input[name=email]", "amina2@example.net")
    for name in ("consent_participation", "consent_statistics"):
        page.check(f"input[name={name}]")
    page.click("form.registration-form button[type=submit]")

    code = page.locator(".reference-code").inner_text()
    person = Registrant.objects.get(email="amina2@example.net")
    assert code == person.reference_code
    assert person.consents.get(purpose="participation").language == "ar"


def test_data_rights_page_download_correct_withdraw_erase(browser_page):
    world = registration_world()
    person = answer(RegistrantFactory(site=world.lyon, first_name="Inès", last_name="Rou"), [world.features["gender"]["woman"]])
    page = browser_page
    page.goto(f"/en/my-data/{rights_token(person)}/")
    assert "Inès" in page.locator("main").inner_text()

    with page.expect_download() as download:
        page.click("text=Download (JSON)")
    assert json.loads(open(download.value.path(), encoding="utf-8").read())["first_name"] == "Inès"

    page.fill("input[name=last_name]", "Roux")
    page.click("text=Save corrections")
    expect(page.locator(".message--success")).to_have_text("Your data is corrected.")
    person.refresh_from_db()
    assert person.last_name == "Roux"

    page.click("text=Withdraw: Use of my demographic answers in anonymised statistics")
    expect(page.locator(".message--success")).to_contain_text("withdrawn")

    page.check("#confirm-erase")
    page.click("text=Erase my data")
    expect(page.locator("h1")).to_have_text("Your data is erased")
    person.refresh_from_db()
    assert (person.first_name, person.status) == ("", "erased")


def test_lost_link_is_replaced_by_e_mail_in_the_persons_language(browser_page, mailoutbox, eager_tasks):
    world = registration_world()
    RegistrantFactory(site=world.lyon, email="ines@example.net", preferred_language="es")
    page = browser_page
    page.goto("/es/my-data/not-a-valid-token/")

    page.get_by_role("link", name="Envíenme un nuevo enlace").click()
    page.get_by_label("Su dirección de correo electrónico o su código de referencia").fill("ines@example.net")
    page.get_by_role("button", name="Envíenme un nuevo enlace").click()

    page.get_by_text("un nuevo enlace va en camino").wait_for()
    assert [mail.to for mail in mailoutbox] == [["ines@example.net"]]
    assert mailoutbox[0].subject.startswith("Su nuevo enlace a sus datos")

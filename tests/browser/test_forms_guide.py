"""Forms that guide (issue 21), on a phone (360 × 640): a refused Arabic registration puts
an error summary first and moves the focus to it, with a link to each field; each consent
checkbox is described by its exact wording through aria-describedby, and every id it
names exists, so a screen reader reads the text with the checkbox."""

import pytest
from playwright.sync_api import expect

from registrations.models import Registrant
from tests.factories.registrations import registration_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 640}

# What a screen reader reads as a control's description: the text of every element its
# aria-describedby names, or null for an id that names nothing.
DESCRIPTIONS = """el => (el.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean)
  .map(id => { const target = document.getElementById(id); return target ? target.textContent.trim() : null; })"""


def test_refused_arabic_registration_moves_focus_to_an_error_summary_linking_each_field(browser_page):
    world = registration_world()
    page = browser_page
    page.set_viewport_size(PHONE)
    # The first page of a fresh browser on a busy machine can take more than 10 s.
    page.goto(f"/ar/register/{world.dialogue.slug}/country/ke/", timeout=30_000)
    page.fill("input[name=first_name]", "أمينة")
    page.click("form.registration-form button[type=submit]")

    summary = page.locator("[data-form-error-summary]")
    expect(summary).to_be_focused()
    links = summary.locator("a")
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert all(page.locator(href).count() == 1 for href in hrefs) and "#id_consent_participation" in hrefs
    summary.locator("a[href='#id_consent_participation']").click()
    expect(page.locator("#id_consent_participation")).to_be_focused()
    assert Registrant.objects.count() == 0


def test_consent_checkbox_is_described_by_its_wording_and_its_error(browser_page):
    world = registration_world()
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto(f"/en/register/{world.dialogue.slug}/country/fr/")
    checkbox = page.locator("#id_consent_participation")
    wording = world.texts["participation"].text

    assert checkbox.evaluate(DESCRIPTIONS) == [f"{wording} (version 1)"]

    page.fill("input[name=first_name]", "Claire")
    page.click("form.registration-form button[type=submit]")
    described = page.locator("#id_consent_participation").evaluate(DESCRIPTIONS)
    assert described == [f"{wording} (version 1)", "This consent is needed to register."]

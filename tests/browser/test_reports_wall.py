"""The live world wall in a browser: after a release the map and the figures change
without a reload; axe passes before and after the update; it reads at 390 px wide."""

import re

import pytest
from playwright.sync_api import expect

from dialogues.models import Site
from reports.domain.releases import release_results
from tests.browser.conftest import check_accessibility
from tests.factories.dialogues import SiteFactory, TableFactory
from tests.factories.reports import small_dialogue
from tests.factories.results import submit_counts

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def fast_wall(settings):
    settings.WALL_REFRESH_SECONDS = 1


def test_wall_updates_map_and_figures_after_a_release_without_a_reload(browser_page, fast_wall, staff_user):
    dialogue = small_dialogue()
    site = Site.objects.filter(partner__dialogue=dialogue).first()
    kenya = SiteFactory(partner=site.partner, name="Nairobi hall", country="KE", time_zone="Africa/Nairobi")
    tables = [TableFactory(site=kenya, number=n) for n in (1, 2)]
    browser_page.goto(f"/en/reports/{dialogue.slug}/wall/")
    expect(browser_page.locator("path[data-country=KE]")).to_have_attribute("data-level", "waiting")
    expect(browser_page.locator(".release-note")).to_contain_text("Figures of release 1, made at")
    before = browser_page.locator("[data-figure=people]").inner_text()
    browser_page.evaluate("window.wallMarker = 'still the same page'")

    for table in tables:
        submit_counts(dialogue, table, people=8)
    release_results(dialogue, by=staff_user)

    expect(browser_page.locator("path[data-country=KE]")).to_have_attribute("data-level", "all")
    expect(browser_page.locator(".release-note")).to_contain_text("Figures of release 2, made at")
    expect(browser_page.locator("[data-figure=people]")).not_to_have_text(before)
    assert browser_page.evaluate("window.wallMarker") == "still the same page"
    check_accessibility(browser_page)


def test_wall_reads_on_a_phone_390_px_wide(browser_page):
    dialogue = small_dialogue()
    browser_page.set_viewport_size({"width": 390, "height": 844})

    browser_page.goto(f"/en/reports/{dialogue.slug}/wall/")

    page_width = browser_page.evaluate("document.documentElement.scrollWidth")
    map_box = browser_page.locator(".wall-map__svg").bounding_box()
    assert page_width <= 390
    assert 300 <= map_box["width"] <= 390
    assert browser_page.locator(".wall-share").first.is_visible()
    font_px = browser_page.locator(".wall-note").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert font_px >= 14
    check_accessibility(browser_page)


def test_projector_view_fills_the_screen_and_passes_axe(browser_page):
    dialogue = small_dialogue()
    browser_page.set_viewport_size({"width": 1920, "height": 1080})

    browser_page.goto(f"/en/reports/{dialogue.slug}/wall/projector/")

    assert browser_page.locator("header.site-header").count() == 0
    expect(browser_page.get_by_role("button", name="Full screen")).to_be_visible()
    map_box = browser_page.locator(".wall-map__svg").bounding_box()
    assert map_box["width"] > 1000
    assert re.search(r"Updated at \d\d:\d\d UTC", browser_page.locator(".wall-updated").inner_text())
    check_accessibility(browser_page)


def test_wall_in_arabic_runs_right_to_left_and_passes_axe(browser_page):
    dialogue = small_dialogue()

    browser_page.goto(f"/ar/reports/{dialogue.slug}/wall/")

    assert browser_page.locator("html").get_attribute("dir") == "rtl"
    expect(browser_page.locator("#wall-map-title")).to_have_text("أين أرسلت الطاولات نتائجها")
    check_accessibility(browser_page)

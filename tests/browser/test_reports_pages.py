"""Browser journeys for reports: staff launch every report from the manage page; the
public live dashboard works (and is accessible) with its table; staff release the results."""

import pytest
from playwright.sync_api import expect

from dialogues.models import Table
from reports.models import ReportJob
from tests.factories.dialogues import TableFactory
from tests.factories.reports import small_dialogue
from tests.factories.results import submit_counts

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_launch_all_reports_in_one_click(browser_page, sign_in, staff_user):
    dialogue = small_dialogue()
    sign_in(staff_user)

    browser_page.goto(f"/en/reports/{dialogue.slug}/manage/")
    browser_page.click("text=Build all national, regional and global reports")

    expect(browser_page.locator(".messages")).to_contain_text("reports are queued: the workers build them one after another.")
    expected = 3 * len(dialogue.languages)
    assert ReportJob.objects.filter(dialogue=dialogue, scope="national").count() == expected
    assert browser_page.locator("#report-jobs tbody tr").count() == ReportJob.objects.filter(dialogue=dialogue).count()


def test_public_live_dashboard_shows_world_table_and_progress(browser_page):
    dialogue = small_dialogue()

    browser_page.goto(f"/en/reports/{dialogue.slug}/live/")

    assert browser_page.locator("h1").inner_text() == f"Live results: {dialogue.name}"
    assert browser_page.locator("tr.live-row--world th").first.inner_text() == "The world"
    assert "Tables that have reported for this session: 10 of 10." in browser_page.locator("#live-results").inner_text()


def test_public_live_dashboard_in_arabic_is_right_to_left(browser_page):
    dialogue = small_dialogue()

    browser_page.goto(f"/ar/reports/{dialogue.slug}/live/")

    assert browser_page.locator("html").get_attribute("dir") == "rtl"


def test_staff_release_the_results_and_the_live_page_shows_that_release(browser_page, sign_in, staff_user):
    dialogue = small_dialogue()
    site = Table.objects.filter(site__partner__dialogue=dialogue).first().site
    submit_counts(dialogue, TableFactory(site=site, number=901), people=4)
    sign_in(staff_user)

    browser_page.goto(f"/en/reports/{dialogue.slug}/manage/")
    expect(browser_page.locator(".release-note")).to_contain_text("Figures of release 1, made at")
    browser_page.click("text=Release all results reported so far")

    expect(browser_page.locator(".messages")).to_contain_text("Release 2 is public: every product now shows it.")
    browser_page.goto(f"/en/reports/{dialogue.slug}/live/")
    expect(browser_page.locator(".release-note")).to_contain_text("Figures of release 2, made at")

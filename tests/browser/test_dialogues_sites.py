"""Journey: a coordinator creates a site, sees its agenda in local time, adjusts it,
creates tables in bulk and names a facilitator; staff follow the sun on the timeline."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from dialogues.enums import AgendaItemKind, PartnerRole
from dialogues.models import Site
from tests.factories.accounts import StaffFactory
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory, TopicFactory
from tests.factories.onboarding import AgendaTemplateItemFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = "/tmp/shots3"


@pytest.fixture
def coordinator():
    partner = PartnerFactory(countries=["FJ", "AR"], dialogue__deliberation_date=dt.date(2026, 10, 24))
    dialogue = partner.dialogue
    topic = TopicFactory(dialogue=dialogue, title="Digital identity")
    AgendaTemplateItemFactory(dialogue=dialogue, position=1, kind=AgendaItemKind.OPENING, title="Opening",
                              duration_minutes=30)
    AgendaTemplateItemFactory(dialogue=dialogue, position=2, kind=AgendaItemKind.TOPIC_SESSION, topic=topic,
                              title="Digital identity", duration_minutes=90)
    AgendaTemplateItemFactory(dialogue=dialogue, position=3, kind=AgendaItemKind.PLENARY, title="Plenary",
                              duration_minutes=45)
    return PartnerMembershipFactory(partner=partner, role=PartnerRole.COORDINATOR).user


def _create_site(page, name, country, zone):
    page.goto("/en/partner/")
    page.get_by_role("link", name="Add a site").click()
    page.fill("#id_name", name)
    page.select_option("#id_country", country)
    page.fill("#id_city", name)
    page.fill("#id_time_zone", zone)
    page.fill("#id_languages", "en")
    page.fill("#id_capacity", "80")
    page.fill("#id_conduct_contact_email", f"contact-{country.lower()}@example.org")
    page.get_by_role("button", name="Save the site").click()


def test_create_site_with_agenda_and_tables(browser_page, sign_in, coordinator):
    page = browser_page
    sign_in(coordinator)

    _create_site(page, "Suva", "FJ", "Pacific/Fiji")
    expect(page.locator("h1")).to_have_text("Suva")
    agenda = page.locator("section", has=page.get_by_role("heading", name="Agenda")).locator("table")
    assert agenda.locator("tbody tr").first.inner_text().split("\t")[:4] == ["24 October 2026", "09:00", "09:30", "Opening"]

    page.get_by_role("link", name="Adjust the times").click()
    page.get_by_label("End of “Opening”").fill("09:45")
    page.get_by_role("button", name="Save the agenda").click()
    expect(page.locator("main")).to_contain_text("“Opening” overlaps “Digital identity”: it ends after the next item starts.")
    page.screenshot(path=f"{SHOTS}/agenda_error.png", full_page=True)
    page.get_by_label("End of “Opening”").fill("09:20")
    page.get_by_role("button", name="Save the agenda").click()
    expect(page.locator(".messages")).to_contain_text("Agenda saved.")

    page.get_by_label("Number of tables").fill("12")
    page.get_by_label("Seats per table").fill("6")
    page.get_by_role("button", name="Create the tables").click()
    expect(page.locator(".messages")).to_contain_text("12 tables created.")

    page.get_by_role("link", name="Change table 1", exact=True).click()
    page.get_by_label("Facilitator's e-mail").fill("grace@example.org")
    page.get_by_role("button", name="Save the table").click()
    expect(page.locator(".messages")).to_contain_text("Table 1 saved.")
    page.screenshot(path=f"{SHOTS}/site_detail.png", full_page=True)

    page.goto("/ar/partner/")
    page.screenshot(path=f"{SHOTS}/partner_home_ar.png", full_page=True)
    assert page.locator("html").get_attribute("dir") == "rtl"

    site = Site.objects.get(name="Suva")
    assert site.tables.count() == 12
    assert site.tables.get(number=1).facilitator.email == "grace@example.org"
    assert site.agenda.get(position=1).ends_at == dt.datetime(2026, 10, 23, 21, 20, tzinfo=dt.UTC)


def test_staff_follow_the_sun_timeline(browser_page, sign_in, sign_out, coordinator):
    page = browser_page
    sign_in(coordinator)
    _create_site(page, "Buenos Aires", "AR", "America/Argentina/Buenos_Aires")
    _create_site(page, "Suva", "FJ", "Pacific/Fiji")
    sign_out()
    dialogue = Site.objects.get(name="Suva").partner.dialogue

    sign_in(StaffFactory())
    page.goto("/en/staff/")
    page.screenshot(path=f"{SHOTS}/staff_home.png", full_page=True)
    page.goto(f"/en/staff/timeline/{dialogue.slug}/")
    page.screenshot(path=f"{SHOTS}/timeline.png", full_page=True)
    first_rows = page.locator(".timeline-table tbody tr").all_inner_texts()[:2]

    assert [row.split("\t")[:3] for row in first_rows] == [
        ["23 Oct 21:00", "23 Oct 21:30", "Suva"], ["23 Oct 21:30", "23 Oct 23:00", "Suva"]]
    page.get_by_label("Region").select_option("019")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**region=019**")
    assert {row.split("\t")[2] for row in page.locator(".timeline-table tbody tr").all_inner_texts()} == {"Buenos Aires"}


@pytest.fixture
def october_coordinator():
    """A dialogue running through October 2026 whose template puts the plenary on day 2."""
    partner = PartnerFactory(countries=["NZ"], dialogue__deliberation_date=dt.date(2026, 10, 1),
                             dialogue__end_date=dt.date(2026, 10, 31))
    dialogue = partner.dialogue
    AgendaTemplateItemFactory(dialogue=dialogue, position=1, kind=AgendaItemKind.OPENING, title="Opening",
                              duration_minutes=30)
    AgendaTemplateItemFactory(dialogue=dialogue, position=2, kind=AgendaItemKind.PLENARY, title="Plenary",
                              duration_minutes=60, day_number=2)
    return PartnerMembershipFactory(partner=partner, role=PartnerRole.COORDINATOR).user


def test_two_day_site_in_auckland_on_the_timeline(browser_page, sign_in, sign_out, october_coordinator):
    page = browser_page
    sign_in(october_coordinator)
    page.goto("/en/partner/")
    page.get_by_role("link", name="Add a site").click()
    page.fill("#id_name", "Auckland Hall")
    page.select_option("#id_country", "NZ")
    page.fill("#id_time_zone", "Pacific/Auckland")
    page.fill("#id_local_date", "2026-10-10")
    page.fill("#id_languages", "en")
    page.get_by_role("button", name="Save the site").click()
    expect(page.locator("h1")).to_have_text("Auckland Hall")

    page.get_by_role("link", name="Add a day").click()
    page.fill("#id_date", "2026-11-02")
    page.select_option("#id_mode", "online")
    page.fill("#id_meeting_link", "https://meet.example.org/auckland")
    page.get_by_role("button", name="Save the day").click()
    expect(page.locator("main")).to_contain_text("2 November 2026 is outside the dialogue's window")
    page.fill("#id_date", "2026-10-11")
    page.get_by_role("button", name="Save the day").click()
    expect(page.locator(".messages")).to_contain_text("Day added.")
    page.get_by_role("button", name="Start again from the dialogue's agenda").click()
    agenda = page.locator("section", has=page.get_by_role("heading", name="Agenda")).locator("tbody tr")
    assert [row.split("\t")[:4] for row in agenda.all_inner_texts()] == [
        ["10 October 2026", "09:00", "09:30", "Opening"], ["11 October 2026", "09:00", "10:00", "Plenary"]]
    page.screenshot(path=f"{SHOTS}/two_day_site.png", full_page=True)
    sign_out()

    sign_in(StaffFactory())
    dialogue = Site.objects.get(name="Auckland Hall").partner.dialogue
    page.goto(f"/en/staff/timeline/{dialogue.slug}/")
    rows = page.locator(".timeline-table tbody tr").all_inner_texts()
    assert [row.split("\t") for row in rows] == [
        ["9 Oct 20:00", "9 Oct 20:30", "Auckland Hall", "New Zealand", "Opening", "10 Oct 09:00 (Pacific/Auckland)"],
        ["10 Oct 20:00", "10 Oct 21:00", "Auckland Hall", "New Zealand", "Plenary", "11 Oct 09:00 (Pacific/Auckland)"],
    ]
    assert "meet.example.org" not in page.content()
    page.get_by_label("Day").select_option("2026-10-11")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**day=2026-10-11**")
    assert [row.split("\t")[4] for row in page.locator(".timeline-table tbody tr").all_inner_texts()] == ["Plenary"]
    page.screenshot(path=f"{SHOTS}/timeline_two_days.png", full_page=True)

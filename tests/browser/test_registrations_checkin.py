"""The day itself: a redraw asks first; check-in refuses a banned person until the site's
conduct contact admits them with a reason."""

import pytest
from playwright.sync_api import expect

from registrations.models import AdmissionOverride, PanelRun, Registrant
from tests.factories.accounts import UserFactory
from tests.factories.registrations import registration_world
from tests.registrations.checkin_helpers import decide_about, drawn_and_seated

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_redraw_says_what_it_replaces_before_anything_is_drawn(browser_page, sign_in):
    world = registration_world()
    drawn_and_seated(world)
    page = sign_in(world.france_member)
    page.goto(f"/en/partners/{world.france.pk}/panels/")

    page.select_option("select[name=country]", "FR")
    page.fill("input[name=panel_size]", "12")
    page.fill("input[name=reserve_size]", "2")
    page.click("text=Draw the panel")

    expect(page.get_by_role("heading", name="Replace the current panel?")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_text(
        "This draw replaces the current panel: 12 selected and 2 on the reserve list. 12 of them are seated at 2 "
        "tables; everyone not drawn again loses their seat, so seat the tables again after the draw."
    )
    assert PanelRun.objects.count() == 1
    page.click("text=Keep the current panel")
    expect(page.get_by_role("heading", name="Earlier draws")).to_be_visible()
    assert PanelRun.objects.count() == 1


def test_banned_person_is_admitted_only_by_the_conduct_contact_with_a_reason(browser_page, sign_in, sign_out):
    world = registration_world()
    drawn_and_seated(world)
    banned = Registrant.objects.filter(status="selected").order_by("pk").first()
    decide_about(banned, "ban")
    contact = UserFactory()
    world.lyon.conduct_contact = contact
    world.lyon.save()
    page = sign_in(world.france_member)
    page.goto(f"/en/sites/{world.lyon.pk}/check-in/")

    card = page.locator("li.card", has_text=banned.reference_code)
    expect(card).to_contain_text("Banned under the code of conduct: do not admit.")
    expect(card.get_by_role("button", name="Attended")).to_have_count(0)
    sign_out()

    page = sign_in(contact)
    page.goto(f"/en/sites/{world.lyon.pk}/check-in/")
    page.locator("li.card", has_text=banned.reference_code).get_by_role("link", name="Admit with a reason").click()
    page.click("text=Record the reason and admit")
    expect(page.locator(".errorlist")).to_have_text("This field is required.")
    page.fill("textarea[name=reason]", "The decision was lifted this morning by the Response Lead.")
    page.click("text=Record the reason and admit")

    expect(page.locator("li.card", has_text=banned.reference_code).locator("p").first).to_have_text(
        "Selected for the panel · " + _seat_text(banned) + " · Attended"
    )
    assert AdmissionOverride.objects.get().decided_by == contact


def _seat_text(person):
    seat = person.seat
    return f"table {seat.table.number}, seat {seat.seat_number}"

"""A demonstration event in a browser: 20 people added on the spot are split into 4
groups of 5 on the site's tables page, a group's note taker enters its result on a
phone, the organiser shows the room's figures, and the plenary screen (and the
projector's link) shows each group's answers and the room's votes beside the main
Deliberation Day's published results, updating itself. axe checks every page."""

import random
import re
import uuid

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from dialogues.models import Table
from reports.demo_demonstration import approve_group_answers, enter_group_results, group_payload
from reports.domain.plenary import update_room_figures
from results.domain import submit_table_result
from results.models import ResultSubmission
from tests.browser.conftest import check_accessibility
from tests.factories.accounts import UserFactory
from tests.factories.demonstrations import started_event
from tests.factories.reports import small_dialogue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 640}


@pytest.fixture
def fast_screen(settings):
    settings.WALL_REFRESH_SECONDS = 1


def test_twenty_people_in_four_groups_reach_the_plenary_screen_beside_the_main_results(
    browser_page, sign_in, sign_out, fast_screen
):
    page = browser_page
    main = small_dialogue(countries=2, sites=2, tables=6, participants=36, topics=1, questions=2)
    dialogue, site, organiser = started_event(main, people=20, k=3, seat=False)
    scale = main.topics.get().questions.get(kind="scale")

    # The organiser splits the room into groups of 5 with the existing table assignment.
    sign_in(organiser)
    page.goto(reverse("registrations:site_tables", args=[site.pk]))
    page.get_by_label("People per table").fill("5")
    page.get_by_role("button", name="Assign tables").click()
    expect(page.locator("section.card")).to_have_count(4)
    tables = list(Table.objects.filter(site=site).order_by("number"))
    assert [table.seats.count() for table in tables] == [5, 5, 5, 5]
    note_taker = UserFactory()
    Table.objects.filter(pk=tables[0].pk).update(note_taker=note_taker)
    sign_out()

    # Group 1's note taker enters the show of hands on a phone.
    page.set_viewport_size(PHONE)
    sign_in(note_taker)
    room_question = dialogue.topics.get().questions.get(code=scale.code)
    options = list(room_question.options.order_by("position"))
    topic = dialogue.topics.get()
    page.goto(reverse("results:result_entry", args=[tables[0].pk, topic.pk]) + "?mode=counts")
    page.get_by_label("People present at the table").fill("5")
    page.fill(f"#f-count-{room_question.pk}-{options[0].pk}", "3")
    page.fill(f"#f-count-{room_question.pk}-{options[1].pk}", "2")
    page.get_by_label("Answer 1", exact=True).fill("Teach data rights in every school.")
    check_accessibility(page)
    page.get_by_role("button", name="Send the result").click()
    page.wait_for_url("**/results/")
    assert ResultSubmission.objects.filter(table=tables[0]).count() == 1
    sign_out()

    # The other groups report; the organiser approves the answers and opens the screen.
    enter_group_results(site, numbers={2, 3, 4})
    approve_group_answers(dialogue, by=organiser)
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(organiser)
    page.goto(reverse("reports:plenary", args=[dialogue.slug]))
    expect(page.get_by_text("Groups reporting: 4 / 4.")).to_be_visible()
    expect(page.locator("#plenary [data-group]")).to_have_count(4)
    expect(page.locator("[data-group='1']")).to_contain_text("Teach data rights in every school.")
    check_accessibility(page)
    page.get_by_role("button", name="Show the latest safe figures now").click()
    expect(page.get_by_text("The screen now shows release 1.")).to_be_visible()
    table = page.locator(f"#plenary table[data-question='{scale.code}']")
    expect(table).to_contain_text(main.name)
    expect(table.locator("[data-base='ours']")).to_have_text(re.compile(r"^\d+$"))
    expect(table.locator("[data-base='main']")).to_have_text(re.compile(r"^\d+$"))
    check_accessibility(page)

    # The projector opens the screen by its link, without signing in; it updates itself
    # when the room's figures change (here: a correction by group 1, released by the organiser).
    link = page.get_by_label("Projector link").input_value()
    sign_out()
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(link)
    expect(page.locator("#plenary [data-group]")).to_have_count(4)
    expect(page.locator("#plenary")).to_have_attribute("data-release", "1")
    page.evaluate("window.screenMarker = 'same page'")
    for corrected in tables[:2]:
        old = ResultSubmission.objects.get(table=corrected)
        payload = group_payload(corrected, topic, random.Random(corrected.number), present=5)
        submit_table_result(
            corrected, topic, by=organiser, payload=payload, client_id=uuid.uuid4(), replaces=old.client_id
        )
    update_room_figures(dialogue, by=organiser)
    expect(page.locator("#plenary")).to_have_attribute("data-release", "2")
    assert page.evaluate("window.screenMarker") == "same page"
    check_accessibility(page)

"""Result entry on a phone (360 × 640): the note taker copies six paper ballots one seat
at a time, with large tap targets and a running summary; the stored result is right.
Show-of-hands counts are typed with a stepper. axe checks every state of the page."""

import pytest
from playwright.sync_api import expect

from results.domain import storage
from results.models import ResultSubmission
from tests.browser.conftest import check_accessibility
from tests.browser.results_outbox import entry_url
from tests.factories.results import options_of
from tests.results.fixtures import setting  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 640}

# Seat -> (single choice, multiple choice, scale), as option positions (0-based).
BALLOTS = {1: (0, (0, 1), 2), 2: (1, (1,), 0), 3: (0, (0, 2), 1), 4: (2, (2,), 2), 5: (0, (1, 2), 0), 6: (1, (0,), 1)}


def test_six_ballots_entered_one_seat_at_a_time_on_a_phone_are_stored_right(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    page.set_viewport_size(PHONE)
    single, multiple, scale = (options_of(q) for q in (setting.single, setting.multiple, setting.scale))
    sign_in(setting.note_taker)
    page.goto(entry_url(setting, mode="ballots"))
    status = page.locator(".ballot-pager__status")
    page.get_by_label("People present at the table").fill("6")
    expect(status).to_contain_text("Seat 1 of 6: empty")
    check_accessibility(page)

    for seat, (one, several, level) in BALLOTS.items():
        row = page.locator(f"tr[data-seat='{seat}']")
        expect(row).to_be_visible()
        expect(page.locator("tr[data-seat]:visible")).to_have_count(1)
        row.get_by_label(f"Seat {seat}, Q1").select_option(str(single[one].pk))
        expect(status).to_contain_text(f"Seat {seat} of 6: not finished")
        for position in several:
            row.get_by_label(multiple[position].label, exact=True).check()
        row.get_by_label(f"Seat {seat}, Q3").select_option(str(scale[level].pk))
        expect(status).to_contain_text(f"Seat {seat} of 6: done. {seat} of 6 seats done")
        if seat < 6:
            page.get_by_role("button", name="Next", exact=True).click()
    check_accessibility(page)
    page.get_by_role("button", name="Send the result").click()
    page.wait_for_url("**/results/")

    submission = ResultSubmission.objects.get()
    stored = {
        (seat, question_id, option_id)
        for seat, answers, _categories in storage.ballot_answers(submission)
        for question_id, option_id in answers
    }
    expected = set()
    for seat, (one, several, level) in BALLOTS.items():
        expected |= {(seat, setting.single.pk, single[one].pk), (seat, setting.scale.pk, scale[level].pk)}
        expected |= {(seat, setting.multiple.pk, multiple[p].pk) for p in several}
    assert (submission.entry_mode, submission.people_present, stored) == ("ballots", 6, expected)


def test_phone_ballot_entry_has_44_pixel_targets_and_fits_320_pixels(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(setting.note_taker)
    page.goto(entry_url(setting, mode="ballots"))
    page.get_by_role("button", name="One question at a time").click()
    expect(page.locator("td[data-question='1']:visible")).to_have_count(6)
    expect(page.locator("td[data-question='2']:visible")).to_have_count(0)
    page.get_by_role("button", name="Next", exact=True).click()
    expect(page.locator("td[data-question='2']:visible")).to_have_count(6)
    check_accessibility(page)

    heights = page.eval_on_selector_all(
        "td[data-question='2'] .choice, .ballot-pager button, .ballot-pager__steps button",
        "els => els.map(el => [el.getBoundingClientRect().height, el.getBoundingClientRect().width])",
    )
    width = page.evaluate("document.documentElement.scrollWidth")
    assert (min(h for h, _ in heights) >= 44, min(w for _, w in heights) >= 44, width) == (True, True, 320)


def test_counts_are_typed_with_a_stepper_on_a_phone(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    page.set_viewport_size(PHONE)
    single = options_of(setting.single)
    sign_in(setting.note_taker)
    page.goto(entry_url(setting, mode="counts"))
    more = page.get_by_role("button", name=f"One more: {single[0].label}")
    for _ in range(3):
        more.click()
    page.get_by_role("button", name=f"One fewer: {single[0].label}").click()

    expect(page.locator(f"#f-count-{setting.single.pk}-{single[0].pk}")).to_have_value("2")
    check_accessibility(page)

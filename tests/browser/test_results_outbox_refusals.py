"""A result the server refuses, in the browser: a conflict (409) reloads the stored
result to correct, field errors land beside their fields (and are still there when the
form is opened again), and the browser makes the server's checks before queueing."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from dialogues.enums import DialogueStatus
from dialogues.models import Dialogue, Table
from results.domain import messages, submit_table_result
from results.models import ResultSubmission
from tests.browser.results_outbox import (
    entry_url,
    fill_counts,
    no_script_errors,  # noqa: F401  (autouse fixture)
    result_posts,
)
from tests.factories.results import options_of
from tests.results.fixtures import counts_payload, new_id, setting  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_conflict_reloads_the_stored_result_which_can_then_be_corrected(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    first, _ = submit_table_result(setting.table, setting.topic, by=setting.note_taker,
                                   payload=counts_payload(setting), client_id=new_id())
    sign_in(setting.note_taker)
    page.goto(entry_url(setting, mode=None))
    expect(page.get_by_label("People present at the table")).to_have_value("5")
    # Meanwhile someone else corrects the result from another device.
    other, _ = submit_table_result(setting.table, setting.topic, by=setting.coordinator,
                                   payload=counts_payload(setting, present=6), client_id=new_id(),
                                   replaces=first.client_id)

    page.get_by_label("Answer 1", exact=True).fill("Open standards for identity")
    page.get_by_role("button", name="Send the correction").click()

    status = page.locator("[data-offline-status]")
    expect(status).to_have_text(
        "This result was already corrected by someone else. Open the form again to see the current result. "
        "The form now shows the result stored on the server: correct it if needed and send it again."
    )
    expect(page.get_by_label("People present at the table")).to_have_value("6")
    expect(page.locator("input[name=replaces]")).to_have_value(str(other.client_id))

    page.get_by_label("Answer 1", exact=True).fill("Open standards for identity")
    page.get_by_role("button", name="Send the correction").click()

    page.wait_for_url("**/results/")
    expect(page.locator(".messages")).to_contain_text("Result sent. Thank you!")
    current = ResultSubmission.objects.current().get()
    assert (current.replaces_id, current.people_present) == (other.pk, 6)
    assert current.open_answers.values_list("text", flat=True).first() == "Open standards for identity"
    assert ResultSubmission.objects.count() == 3


def test_field_errors_of_a_refused_result_are_shown_beside_the_fields(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(entry_url(setting))
    page.context.set_offline(True)
    fill_counts(page, setting, present=5)
    page.get_by_role("button", name="Send the result").click()
    expect(page.locator("[data-offline-status]")).to_have_text(
        "Pending on this device: it will be sent when the network returns."
    )
    # While the result waits on the device, the partner makes the table smaller.
    Table.objects.filter(pk=setting.table.pk).update(capacity=4)

    page.context.set_offline(False)

    present = page.get_by_label("People present at the table")
    field_error = page.locator("#f-people_present-error")
    summary = page.locator("[data-error-summary]")
    expect(field_error).to_have_text("The table has 4 seats: no more people can be present.")
    expect(present).to_have_attribute("aria-invalid", "true")
    expect(present).to_have_attribute("aria-describedby", "f-people_present-error")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_text(["The table has 4 seats: no more people can be present."])
    expect(summary).to_contain_text("Some answers need your attention: see the messages beside the fields.")
    assert ResultSubmission.objects.count() == 0

    # Opened again later, the refused result is back in the form with its messages.
    page.goto(entry_url(setting))
    expect(present).to_have_value("5")
    expect(field_error).to_have_text("The table has 4 seats: no more people can be present.")

    present.fill("3")
    page.get_by_role("button", name="Send the result").click()
    # The browser finds the counts too many for 3 people, before anything is sent.
    expect(page.locator(f"#f-count-{setting.single.pk}-error")).to_have_text(
        "The answers to this question add up to 4, more than the 3 people present."
    )
    expect(field_error).to_be_hidden()
    present.fill("4")
    page.get_by_role("button", name="Send the result").click()

    page.wait_for_url("**/results/")
    expect(page.locator(".messages")).to_contain_text("Result sent. Thank you!")
    assert ResultSubmission.objects.get().people_present == 4
    expect(page.locator("[data-pending-list]")).to_be_hidden()


def test_browser_checks_the_result_with_the_servers_messages_before_queueing(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    single = options_of(setting.single)
    sign_in(setting.note_taker, language="fr")
    page.goto(entry_url(setting, language="fr"))
    posts = result_posts(page)
    submit = page.locator("form[data-result-form] button[type=submit]")
    with translation.override("fr"):
        present_required = str(messages.PRESENT_REQUIRED)
        whole_number = str(messages.WHOLE_NUMBER)
        too_many = messages.COUNTS_OVER_PRESENT % {"total": 4, "present": 2}

    page.fill("#f-people_present", "1.5")
    page.fill(f"#f-count-{setting.single.pk}-{single[0].pk}", "-1")
    submit.click()

    expect(page.locator("#f-people_present-error")).to_have_text(present_required)
    expect(page.locator(f"#f-count-{setting.single.pk}-{single[0].pk}-error")).to_have_text(whole_number)
    expect(page.locator("[data-error-summary]")).to_be_focused()

    page.fill("#f-people_present", "2")
    page.fill(f"#f-count-{setting.single.pk}-{single[0].pk}", "3")
    page.fill(f"#f-count-{setting.single.pk}-blank", "1")
    submit.click()

    expect(page.locator(f"#f-count-{setting.single.pk}-error")).to_have_text(too_many)
    expect(page.locator("#f-people_present-error")).to_be_hidden()
    expect(page.locator("[data-offline-status]")).to_have_text("")
    assert posts == []
    assert ResultSubmission.objects.count() == 0


def test_refused_result_is_listed_on_the_home_until_removed(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(entry_url(setting))
    page.context.set_offline(True)
    fill_counts(page, setting, present=5)
    page.get_by_role("button", name="Send the result").click()
    expect(page.locator("[data-offline-status]")).to_have_text(
        "Pending on this device: it will be sent when the network returns."
    )
    Dialogue.objects.filter(pk=setting.topic.dialogue_id).update(status=DialogueStatus.CLOSED)
    closed = "Results for this dialogue are closed: no result can be sent or corrected."

    page.context.set_offline(False)

    expect(page.locator("[data-offline-status]")).to_have_text(closed)
    page.goto(reverse("results:note_taker_home"))
    entry = page.locator("[data-pending-items] li")
    expect(entry).to_have_text(f"Table {setting.table.number}: Digital identity – Not accepted: {closed} "
                               "Remove from this device")
    expect(page.locator(f'[data-session-cell][data-topic="{setting.topic.pk}"] [data-device-state]')).to_have_text(
        "Not accepted"
    )
    entry.get_by_role("button", name="Remove from this device").click()
    expect(page.locator("[data-pending-list]")).to_be_hidden()
    assert ResultSubmission.objects.count() == 0


def test_browser_checks_ballots_before_queueing(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    single, multiple, scale = (options_of(q) for q in (setting.single, setting.multiple, setting.scale))
    sign_in(setting.note_taker)
    page.goto(entry_url(setting, mode="ballots"))
    posts = result_posts(page)
    summary = page.locator("[data-error-summary]")
    page.get_by_label("People present at the table").fill("0")
    page.select_option(f"#f-ballot-1-{setting.single.pk}", str(single[0].pk))
    page.check(f'input[name="ballot.1.{setting.multiple.pk}"][value="{multiple[0].pk}"]')

    page.get_by_role("button", name="Send the result").click()

    expect(page.locator(f"#f-ballot-1-{setting.scale.pk}-error")).to_have_text(
        "Choose this seat's answer, or “Abstained or blank”."
    )
    expect(page.locator(f"#f-ballot-1-{setting.scale.pk}")).to_have_attribute("aria-invalid", "true")
    expect(summary).to_be_focused()

    page.select_option(f"#f-ballot-1-{setting.scale.pk}", str(scale[2].pk))
    page.get_by_role("button", name="Send the result").click()

    expect(summary.locator("li")).to_have_text(["There are more ballots (1) than people present (0)."])
    expect(page.locator(f"#f-ballot-1-{setting.scale.pk}-error")).to_be_hidden()
    assert posts == []

    page.get_by_label("People present at the table").fill("1")
    page.get_by_role("button", name="Send the result").click()

    page.wait_for_url("**/results/")
    stored = ResultSubmission.objects.get()
    assert (stored.entry_mode, stored.people_present, len(stored.ballots)) == ("ballots", 1, 1)

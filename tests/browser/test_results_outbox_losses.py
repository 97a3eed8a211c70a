"""The two ways the offline queue once lost a result, in the browser:
(1) a result sent offline, then a field retyped; (2) a first send stored but its answer
lost, then a typo fixed and sent again."""

import pytest
from playwright.sync_api import expect

from results.models import ResultSubmission
from tests.browser.results_outbox import (
    drop_answers,
    entry_url,
    fill_counts,
    no_script_errors,  # noqa: F401  (autouse fixture)
    wait_for_outbox,
)
from tests.results.fixtures import setting  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_result_sent_offline_stays_pending_when_a_field_is_retyped(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(entry_url(setting))
    status = page.locator("[data-offline-status]")
    present = page.get_by_label("People present at the table")

    page.context.set_offline(True)
    fill_counts(page, setting, present=5)
    page.get_by_role("button", name="Send the result").click()
    expect(status).to_have_text("Pending on this device: it will be sent when the network returns.")
    present.fill("6")  # retyped, not sent: a draft, the pending result is untouched

    page.context.set_offline(False)

    expect(status).to_have_text("Result sent. Thank you!")
    stored = ResultSubmission.objects.get()
    assert (stored.people_present, stored.replaces_id) == (5, None)
    expect(present).to_have_value("6")
    expect(page.get_by_role("button", name="Send the correction")).to_be_visible()


def test_result_edited_while_pending_is_sent_as_a_correction_of_it(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(entry_url(setting))
    status = page.locator("[data-offline-status]")

    page.context.set_offline(True)
    fill_counts(page, setting, present=5)
    page.get_by_role("button", name="Send the result").click()
    expect(status).to_have_text("Pending on this device: it will be sent when the network returns.")
    page.get_by_label("People present at the table").fill("6")
    page.get_by_role("button", name="Send the result").click()
    wait_for_outbox(page, pending=2)

    page.context.set_offline(False)

    expect(status).to_have_text("Result sent. Thank you!")
    first, second = ResultSubmission.objects.order_by("submitted_at", "pk")
    assert (first.people_present, first.superseded_at is not None) == (5, True)
    assert (second.people_present, second.replaces_id, second.superseded_at) == (6, first.pk, None)
    assert first.client_id != second.client_id


def test_typo_fixed_after_a_lost_answer_is_stored_as_a_correction(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(entry_url(setting))
    status = page.locator("[data-offline-status]")
    dropped = drop_answers(page, count=1000)  # every answer is lost until the network cuts out

    fill_counts(page, setting, present=5, answer="Keep public servces usable offline")
    with page.expect_event("requestfailed"):
        page.get_by_role("button", name="Send the result").click()
    expect(status).to_have_text("Pending on this device: it will be sent when the network returns.")
    # The network cuts out; the note taker fixes the typo and sends it.
    page.context.set_offline(True)
    page.context.unroute_all(behavior="wait")
    first = ResultSubmission.objects.get()  # stored, though the browser never heard so
    assert len(dropped) >= 1
    page.get_by_label("Answer 1", exact=True).fill("Keep public services usable offline")
    page.get_by_role("button", name="Send the result").click()
    wait_for_outbox(page, pending=2)

    page.context.set_offline(False)

    expect(status).to_have_text("Result sent. Thank you!")
    current = ResultSubmission.objects.current().get()
    first.refresh_from_db()
    assert (current.replaces_id, first.superseded_at is not None) == (first.pk, True)
    assert list(current.open_answers.values_list("text", flat=True)) == ["Keep public services usable offline"]
    assert ResultSubmission.objects.count() == 2

    # Opened again, the form corrects the stored result, and nothing is left on the device.
    page.goto(entry_url(setting, mode=None))
    expect(page.get_by_label("Answer 1", exact=True)).to_have_value("Keep public services usable offline")
    expect(page.locator("input[name=replaces]")).to_have_value(str(current.client_id))
    expect(page.locator("[data-offline-status]")).to_have_text("")

"""A note taker enters a result with the network cut: it waits on the device, is sent
once when the network returns, a repeat changes nothing, a correction keeps history."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from results.models import ResultSubmission
from tests.factories.results import options_of
from tests.results.fixtures import setting  # noqa: F401, F811  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_counts(page, setting, present):  # noqa: F811
    single, scale = options_of(setting.single), options_of(setting.scale)
    page.get_by_label("People present at the table").fill(str(present))
    page.fill(f"#f-count-{setting.single.pk}-{single[0].pk}", "3")
    page.fill(f"#f-count-{setting.single.pk}-blank", "1")
    page.fill(f"#f-count-{setting.scale.pk}-{scale[1].pk}", "4")
    page.get_by_label("Answer 1", exact=True).fill("Keep public services usable offline")


def test_result_entered_offline_is_sent_once_when_the_network_returns(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(reverse("results:result_entry", args=[setting.table.pk, setting.topic.pk]) + "?mode=counts")
    status = page.locator("[data-offline-status]").first

    page.context.set_offline(True)
    fill_counts(page, setting, present=5)
    page.get_by_role("button", name="Send the result").click()

    expect(status).to_contain_text("Pending on this device")
    assert ResultSubmission.objects.count() == 0

    page.context.set_offline(False)

    expect(status).to_have_text("Result sent. Thank you!")
    assert ResultSubmission.objects.count() == 1
    first = ResultSubmission.objects.get()

    # The same content sent again from the same form is the same submission (same id):
    # answered "already received", stored once.
    page.get_by_role("button", name="Send the correction").click()
    page.wait_for_url("**/results/")
    expect(page.locator(".messages")).to_contain_text("This result was already received.")
    assert ResultSubmission.objects.count() == 1

    # A correction replaces it; both stay in the history.
    page.goto(reverse("results:result_entry", args=[setting.table.pk, setting.topic.pk]))
    expect(page.get_by_label("People present at the table")).to_have_value("5")
    page.get_by_label("People present at the table").fill("6")
    page.get_by_role("button", name="Send the correction").click()
    page.wait_for_url("**/results/")
    expect(page.locator(".messages")).to_contain_text("Result sent. Thank you!")

    first.refresh_from_db()
    current = ResultSubmission.objects.current().get()
    assert (current.replaces_id, current.people_present, first.superseded_at is not None) == (first.pk, 6, True)
    page.goto(reverse("results:result_entry", args=[setting.table.pk, setting.topic.pk]))
    expect(page.locator("#history-heading + div tbody tr")).to_have_count(2)
    expect(page.get_by_text("Replaced by a correction")).to_have_count(1)

"""Results kept on the device are sent from any page of the site, again after the
server was busy (503 with Retry-After, HTML or not), and after signing in again."""

import pytest
from django.contrib.sessions.models import Session
from playwright.sync_api import expect

from results.models import ResultSubmission
from tests.browser.results_outbox import (
    entry_url,
    fail_posts,
    fill_counts,
    no_script_errors,  # noqa: F401  (autouse fixture)
    wait_for_outbox,
)
from tests.factories.results import options_of
from tests.results.fixtures import new_id, setting  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pending_result_is_sent_from_another_page_of_the_site(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(entry_url(setting))
    fail_posts(page, count=1000)  # the network fails on every send until the route is gone
    fill_counts(page, setting, present=5)
    with page.expect_event("requestfailed"):
        page.get_by_role("button", name="Send the result").click()
    wait_for_outbox(page, pending=1)

    page.goto("/en/conduct/code/")
    page.context.unroute_all(behavior="wait")
    page.context.set_offline(True)
    page.context.set_offline(False)  # the network returns while this page is open

    expect(page.locator("[data-outbox-status]")).to_have_text(f"Table {setting.table.number}: Digital identity: Result sent. Thank you!")
    expect(page.locator("[data-outbox-status]").get_by_role("link")).to_have_attribute("href", entry_url(setting, mode=None))
    stored = ResultSubmission.objects.get()
    assert (stored.table_id, stored.people_present) == (setting.table.pk, 5)


def test_busy_server_answer_is_retried_not_taken_for_a_sign_in(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(entry_url(setting))
    busy = fail_posts(page, status=503, headers={"Retry-After": "1"}, count=1)
    status = page.locator("[data-offline-status]")
    fill_counts(page, setting, present=5)

    page.get_by_role("button", name="Send the result").click()

    expect(status).to_have_text("The server is busy: the results kept on this device will be sent again shortly.")
    assert len(busy) == 1
    expect(status).to_have_text("Result sent. Thank you!")
    assert ResultSubmission.objects.get().people_present == 5


def test_result_waits_for_the_note_taker_to_sign_in_again(browser_page, sign_in, setting):  # noqa: F811
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(entry_url(setting))
    status = page.locator("[data-offline-status]")
    fill_counts(page, setting, present=5)
    Session.objects.all().delete()  # the session ran out while the form was open

    page.get_by_role("button", name="Send the result").click()

    expect(status).to_have_text("Sign in again to send the results kept on this device.")
    wait_for_outbox(page, pending=1)
    assert ResultSubmission.objects.count() == 0

    sign_in(setting.note_taker)

    expect(page.locator("[data-outbox-status]")).to_have_text(f"Table {setting.table.number}: Digital identity: Result sent. Thank you!")
    assert ResultSubmission.objects.get().people_present == 5


LEGACY_OUTBOX = """async (item) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open("wti-results", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("outbox", { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve) => {
    const tx = db.transaction("outbox", "readwrite");
    tx.objectStore("outbox").put(item);
    tx.oncomplete = resolve;
  });
  db.close();
}"""


def test_result_kept_by_the_first_outbox_version_is_still_sent(browser_page, sign_in, setting):  # noqa: F811
    """A device that kept a result with the earlier script (one item per table and
    session, its id among the fields) sends it after the update."""
    page = browser_page
    single, scale = options_of(setting.single), options_of(setting.scale)
    client_id = str(new_id())
    page.goto("/en/")
    page.evaluate(LEGACY_OUTBOX, {
        "key": f"{setting.table.pk}:{setting.topic.pk}", "table": str(setting.table.pk), "topic": str(setting.topic.pk),
        "label": "Table 1: Digital identity", "url": entry_url(setting, mode=None), "state": "pending", "savedAt": 1,
        "csrf": "stale", "fields": [
            ["csrfmiddlewaretoken", "stale"], ["client_id", client_id], ["replaces", ""], ["entry_mode", "counts"],
            ["people_present", "5"], [f"count.{setting.single.pk}.{single[0].pk}", "3"],
            [f"count.{setting.single.pk}.blank", "1"], [f"count.{setting.scale.pk}.{scale[1].pk}", "4"],
        ],
    })

    sign_in(setting.note_taker)

    expect(page.locator("[data-outbox-status]")).to_have_text("Table 1: Digital identity: Result sent. Thank you!")
    stored = ResultSubmission.objects.get()
    assert (str(stored.client_id), stored.people_present) == (client_id, 5)


def test_background_sync_sends_with_no_page_of_the_site_open(browser_page, sign_in, setting):  # noqa: F811
    """The service worker's ``sync`` event (dispatched here through the DevTools
    protocol, as the browser does when the network returns) sends what waits."""
    page = browser_page
    sign_in(setting.note_taker)
    page.goto(entry_url(setting))
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    fail_posts(page, count=1000)
    fill_counts(page, setting, present=5)
    with page.expect_event("requestfailed"):
        page.get_by_role("button", name="Send the result").click()
    wait_for_outbox(page, pending=1)
    # The site's pages are closed; a file of the site (no script in it) stays open, so
    # only the service worker can send now.
    context = page.context
    other = context.new_page()
    other.goto(page.base_url + "/static/css/site.css")
    page.close()
    context.unroute_all(behavior="wait")
    cdp = context.new_cdp_session(other)
    registrations = []
    cdp.on("ServiceWorker.workerRegistrationUpdated", lambda event: registrations.extend(event["registrations"]))
    cdp.send("ServiceWorker.enable")
    other.wait_for_function("() => true")  # the protocol's events have been delivered
    assert len(registrations) == 1

    cdp.send("ServiceWorker.dispatchSyncEvent", {
        "origin": page.base_url, "registrationId": registrations[0]["registrationId"],
        "tag": "wti-results-outbox", "lastChance": False,
    })

    wait_for_outbox(other, pending=0)
    assert ResultSubmission.objects.get().people_present == 5

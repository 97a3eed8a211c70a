"""Helpers for the browser tests of the result outbox: the entry page of the note
taker's table, a show-of-hands result typed into it, and ways to cut the network."""

import pytest
from django.urls import reverse

from tests.factories.results import options_of


def entry_url(setting, mode="counts", language="en"):
    from django.utils import translation

    with translation.override(language):
        url = reverse("results:result_entry", args=[setting.table.pk, setting.topic.pk])
    return url + (f"?mode={mode}" if mode else "")


def fill_counts(page, setting, present, answer="Keep public services usable offline"):
    """3 for the single's first option, 1 blank, 4 for the scale's second option."""
    single, scale = options_of(setting.single), options_of(setting.scale)
    page.get_by_label("People present at the table").fill(str(present))
    page.fill(f"#f-count-{setting.single.pk}-{single[0].pk}", "3")
    page.fill(f"#f-count-{setting.single.pk}-blank", "1")
    page.fill(f"#f-count-{setting.scale.pk}-{scale[1].pk}", "4")
    page.get_by_label("Answer 1", exact=True).fill(answer)


def result_posts(page):
    """A list that fills with every result POST the page makes."""
    posts = []
    page.on("request", lambda request: posts.append(request) if request.method == "POST"
            and "/results/tables/" in request.url else None)
    return posts


def drop_answers(page, count=1):
    """The next ``count`` result POSTs reach the server (and are stored) but their
    answers never reach the browser, as on a network that cuts out."""
    dropped = []

    def handler(route):
        if route.request.method != "POST" or len(dropped) >= count:
            route.fallback()
            return
        route.fetch()
        dropped.append(route.request.url)
        route.abort("connectionreset")

    page.context.route("**/results/tables/**", handler)
    return dropped


def fail_posts(page, *, status=None, headers=None, count=1):
    """The next ``count`` result POSTs never reach the server: the connection fails, or
    with ``status`` a proxy answers with that status and an HTML page."""
    failed = []

    def handler(route):
        if route.request.method != "POST" or len(failed) >= count:
            route.fallback()
            return
        failed.append(route.request.url)
        if status is None:
            route.abort("internetdisconnected")
        else:
            route.fulfill(status=status, headers=headers or {}, content_type="text/html",
                          body="<html><body><h1>Service unavailable</h1></body></html>")

    page.context.route("**/results/tables/**", handler)
    return failed


# Read straight from IndexedDB, so that it works on any page of the site, scripts or
# not; the page polls until the count is right (Playwright's wait_for_function does not
# wait for a promise), and fails after ``timeout`` ms.
WAIT_FOR_PENDING = """async ({pending, timeout}) => {
  const count = async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open("wti-results");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains("outbox")) { db.close(); return 0; }
    const items = await new Promise((resolve) => {
      const request = db.transaction("outbox").objectStore("outbox").getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return items.filter((item) => item.state === "pending").length;
  };
  const deadline = Date.now() + timeout;
  let seen = await count();
  while (seen !== pending) {
    if (Date.now() > deadline) throw new Error(`${seen} results pending on the device, not ${pending}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await count();
  }
  return seen;
}"""


def wait_for_outbox(page, pending, timeout=10_000):
    """Wait until this device's outbox holds ``pending`` results waiting to be sent."""
    page.evaluate(WAIT_FOR_PENDING, {"pending": pending, "timeout": timeout})


@pytest.fixture(autouse=True)
def no_script_errors(browser_page):
    """Fail the test if a page's script throws (an uncaught error or a rejected promise
    nobody handled, such as the old "settle(...).then is not a function")."""
    errors = []
    browser_page.on("pageerror", lambda error: errors.append(str(error)))
    yield
    assert errors == []

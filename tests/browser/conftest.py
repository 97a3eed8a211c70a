"""Browser tests: Playwright drives Debian's Chromium against a live server, and
axe-core checks every page a test visits (a serious or critical WCAG 2.1 AA violation
fails the test). The Content Security Policy stays on, and any violation of it fails
the test too."""

import os
import shutil
from pathlib import Path

import pytest

from tests.factories.accounts import PASSWORD
from tests.helpers import current_totp_code, enrol_totp

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run
# "inside" one unless told it is safe, which it is here (one thread, tests only).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}

AXE_RUN = (
    "async (tags) => (await window.axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
    ".map((v) => ({id: v.id, impact: v.impact, help: v.help,"
    " targets: v.nodes.slice(0, 5).map((n) => n.target.join(' '))}))"
)


def run_axe(page):
    return page.evaluate(AXE_RUN, AXE_TAGS)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playwright_browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run 'make system-deps' (installs Debian's chromium).")
    if not AXE_PATH.exists():
        pytest.fail(f"axe-core is missing at {AXE_PATH}: run 'make node_modules'.")
    from playwright.sync_api import expect, sync_playwright

    # The same patience for assertions as for actions (a loaded CI machine is slow).
    expect.set_options(timeout=10_000)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class AccessibilityLog:
    """Collects axe-core results and CSP violations for every page a test visits."""

    def __init__(self):
        self.pages_checked = []
        self.violations = []
        self.csp_errors = []
        self.unchecked = []
        self.last_dom = None

    def record(self, url, violations):
        self.pages_checked.append(url)
        for violation in violations:
            if violation["impact"] in BLOCKING_IMPACTS:
                self.violations.append((url, violation))

    def failures(self):
        lines = [
            f"{url}: [{v['impact']}] {v['id']} – {v['help']} at {', '.join(v['targets'])}" for url, v in self.violations
        ]
        lines += [f"CSP: {message}" for message in self.csp_errors]
        return lines


@pytest.fixture
def browser_page(playwright_browser, live_server, monkeypatch):
    """A fresh browser page; ``page.base_url`` is the live server's address.

    Every page it loads is checked with axe-core; the test fails at the end if any page
    had a serious or critical violation, or if the CSP refused anything."""
    context = playwright_browser.new_context(base_url=live_server.url, locale="en-GB")
    log = AccessibilityLog()
    context.add_init_script(script=AXE_PATH.read_text())
    page = context.new_page()
    _check_before_every_action(page, log, monkeypatch)
    page.set_default_timeout(10_000)
    page.on(
        "console",
        lambda message: log.csp_errors.append(message.text)
        if "Content Security Policy" in message.text
        else None,
    )
    page.base_url = live_server.url
    page.accessibility_log = log
    yield page
    _check_current(page, log)
    context.close()
    failures = log.failures()
    assert not failures, "Accessibility or CSP problems:\n" + "\n".join(failures)


# Actions that may take the browser to another page: before each, the page as it is
# is checked, so every page a test sees is checked once (and once more if it changed).
NAVIGATING_ACTIONS = ["click", "press", "check", "select_option", "set_input_files", "dblclick", "tap"]
PAGE_ONLY_ACTIONS = ["goto", "go_back", "go_forward", "reload"]


def _check_before_every_action(page, log, monkeypatch):
    from playwright.sync_api import Locator, Page

    def wrap(original):
        def checked(self, *args, **kwargs):
            _check_current(page, log)
            return original(self, *args, **kwargs)

        return checked

    for name in NAVIGATING_ACTIONS:
        monkeypatch.setattr(Locator, name, wrap(getattr(Locator, name)))
        monkeypatch.setattr(Page, name, wrap(getattr(Page, name)))
    for name in PAGE_ONLY_ACTIONS:
        monkeypatch.setattr(Page, name, wrap(getattr(Page, name)))


def _check_current(page, log):
    from playwright.sync_api import Error

    url = page.url
    if not url.startswith("http") or (log.pages_checked and log.pages_checked[-1] == url and log.last_dom == _dom_size(page)):
        return
    try:
        log.record(url, run_axe(page))
        log.last_dom = _dom_size(page)
    except Error:
        log.unchecked.append(url)


def _dom_size(page):
    try:
        return page.evaluate("document.documentElement.outerHTML.length")
    except Exception:
        return None


def check_accessibility(page):
    """Check the page as it is now (after a dynamic update, say) and fail at once on a
    serious or critical violation."""
    violations = run_axe(page)
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, "\n".join(f"[{v['impact']}] {v['id']} – {v['help']} at {v['targets']}" for v in blocking)


def sign_in_browser(page, user, *, password=PASSWORD, language="en"):
    """Sign ``user`` in through the real sign-in form (and the two-factor step for the
    roles that need it). Returns the page after sign-in."""
    from wetheinternet.accounts.rules import requires_mfa

    secret = enrol_totp(user) if requires_mfa(user) else None
    page.goto(f"/{language}/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", password)
    page.click("form[action*='login'] button[type=submit]")
    if secret:
        page.wait_for_url("**/2fa/authenticate/**")
        page.fill("input[name=code]", current_totp_code(secret))
        page.click("button[type=submit]")
    # The page after sign-in, loaded: a click can return before the browser has left the form.
    page.wait_for_url(lambda url: "/accounts/login/" not in url and "/2fa/authenticate/" not in url)
    return page


def sign_out_browser(page):
    """Sign out with the page's button, and wait until the signed-out page is shown (a
    page opened sooner could cancel the sign-out)."""
    from playwright.sync_api import expect

    button = page.get_by_role("button", name="Sign out")
    button.click()
    expect(button).to_have_count(0)


@pytest.fixture
def sign_in(browser_page):
    return lambda user, **kwargs: sign_in_browser(browser_page, user, **kwargs)


@pytest.fixture
def sign_out(browser_page):
    return lambda: sign_out_browser(browser_page)

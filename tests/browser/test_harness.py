"""The browser harness itself: axe-core really runs, and really fails a bad page."""

import pytest

from tests.browser.conftest import check_accessibility

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_every_visited_page_is_checked_by_axe(browser_page):
    browser_page.goto("/en/")
    browser_page.goto("/fr/")
    browser_page.get_by_role("link", name="English").click()

    checked = browser_page.accessibility_log.pages_checked

    assert [url.removeprefix(browser_page.base_url) for url in checked] == ["/en/", "/fr/"]


def test_a_serious_violation_fails_the_check(browser_page):
    browser_page.goto("/en/")
    browser_page.evaluate("document.querySelector('main').append(document.createElement('button'))")

    with pytest.raises(AssertionError, match="button-name"):
        check_accessibility(browser_page)
    browser_page.evaluate("document.querySelector('main > button:last-child').remove()")

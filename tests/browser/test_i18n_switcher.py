"""The language switcher keeps the visitor on the same page; the staff page for content
translations is accessible in Arabic."""

import pytest

from tests.factories.accounts import StaffFactory
from tests.factories.dialogues import TopicFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_switcher_keeps_page_and_query_and_turns_the_page_right_to_left(browser_page):
    page = browser_page
    page.goto("/en/conduct/report/status/?code=ABCD")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="العربيّة").click()

    assert page.url.endswith("/ar/conduct/report/status/?code=ABCD")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("navigation", name="اللغة").get_by_role("link", name="العربيّة").get_attribute(
        "aria-current") == "true"


def test_staff_see_missing_content_translations_in_arabic(browser_page, sign_in):
    page = browser_page
    TopicFactory(title_en="Digital identity", title_fr="Identité numérique", title_es="Identidad digital", title_pt="Identidade digital", title_ar="")
    sign_in(StaffFactory(preferred_language="ar"), language="ar")

    page.goto("/ar/staff/translations/")

    assert page.locator("h1").inner_text() == "ترجمات المحتوى"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("row", name="الموضوع · العنوان").locator("td.translation-missing").count() == 1

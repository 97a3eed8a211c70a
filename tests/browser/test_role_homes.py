import pytest

from tests.accounts.test_homes import HOMES, _user_with_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADINGS = {
    "staff": "Organiser console",
    "partner": "Partner dashboard",
    "conduct_contact": "Conduct contact",
    "facilitator": "My tables as facilitator",
    "note_taker": "Result entry",
    "response_lead": "Conduct reports",
    "conduct_handler": "Conduct reports",
}


@pytest.mark.parametrize("role", list(HOMES))
def test_each_role_signs_in_and_lands_on_its_home_page(browser_page, sign_in, role):
    user = _user_with_role(role)

    sign_in(user)

    assert browser_page.locator("h1").inner_text() == HEADINGS[role]
    assert browser_page.url.endswith(f"/en/{_path_of(role)}")


def _path_of(role):
    from django.urls import reverse

    return reverse(HOMES[role])[len("/en/"):]


def test_landing_page_is_right_to_left_in_arabic(browser_page):
    browser_page.goto("/ar/")

    assert browser_page.locator("html").get_attribute("dir") == "rtl"
    assert browser_page.locator("html").get_attribute("lang") == "ar"

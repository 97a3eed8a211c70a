"""From a freshly seeded demo, the first sign-in of every role that needs two-factor
authentication, through the real pages: password, the authenticator set-up page (the
test reads the secret shown there and computes the code, as an authenticator app
would), then home. Staff then set up a dialogue in the console and read the audit log."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from dialogues.models import Question
from tests.helpers import current_totp_code
from wetheinternet.core.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", stdout=io.StringIO())


def first_sign_in(page, email, *, home_heading):
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("form[action*='login'] button[type=submit]")
    page.wait_for_url("**/2fa/totp/activate/**")
    expect(page.get_by_text("set up two-factor authentication to continue")).to_have_count(1)
    secret = page.locator("#authenticator_secret").input_value()
    page.fill("input[name=code]", current_totp_code(secret))
    page.get_by_role("button", name="Activate").click()
    page.wait_for_url(lambda url: "/2fa/totp/activate/" not in url)
    page.goto("/en/home/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(home_heading)


@pytest.mark.parametrize(
    ("email", "home_heading"),
    [("lead@demo.example.org", "Conduct"), ("handler@demo.example.org", "Conduct")],
    ids=["response_lead", "handler"],
)
def test_conduct_team_first_sign_in_enrols_two_factor_on_the_real_pages(browser_page, demo, email, home_heading):
    first_sign_in(browser_page, email, home_heading=home_heading)


def test_staff_first_sign_in_then_set_up_a_dialogue_in_the_console(browser_page, demo):
    page = browser_page
    first_sign_in(page, "staff@demo.example.org", home_heading="Organiser")

    page.goto("/en/admin/dialogues/dialogue/add/")
    page.fill("input[name=name_en]", "Citizens on the Internet 2027")
    page.locator("input[name=deliberation_date]").fill("2027-10-02")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    page.goto("/en/admin/dialogues/topic/add/")
    page.select_option("select[name=dialogue]", label="Citizens on the Internet 2027")
    page.fill("input[name=title_en]", "Digital identity")
    page.fill("input[name=code]", "digital-identity")
    page.fill("input[name=position]", "1")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    page.goto("/en/admin/dialogues/question/add/")
    page.select_option("select[name=topic]", label="Digital identity")
    page.fill("input[name=code]", "who-issues-identity")
    page.fill("textarea[name=text_en], input[name=text_en]", "Who should issue a digital identity?")
    page.select_option("select[name=kind]", "single_choice")
    for number, (code, label) in enumerate([("state", "The state"), ("nobody", "Nobody")]):
        page.get_by_text("Add another Option").click()
        page.fill(f"input[name=options-{number}-code]", code)
        page.fill(f"input[name=options-{number}-label_en]", label)
        page.fill(f"input[name=options-{number}-position]", str(number + 1))
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    question = Question.objects.get(code="who-issues-identity")
    assert (question.topic.dialogue.name, question.kind) == ("Citizens on the Internet 2027", "single_choice")
    assert list(question.options.values_list("code", flat=True)) == ["state", "nobody"]

    # The demo writes more than a page of audit entries: staff search the log.
    page.goto("/en/admin/core/auditentry/")
    page.fill("#searchbar", "accounts.staff.granted")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#result_list")).to_contain_text("accounts.staff.granted")

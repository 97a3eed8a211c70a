"""Journey: an organisation applies, staff approve, the coordinator accepts the
invitation and completes the onboarding checklist until the partner is ready."""

import re
from urllib.parse import urlparse

import pytest
from django.core import mail
from playwright.sync_api import expect

from dialogues.domain.training import QUIZ
from dialogues.models import Partner
from tests.factories.accounts import PASSWORD, StaffFactory
from tests.factories.dialogues import DialogueFactory
from wetheinternet.accounts.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = "/tmp/shots3"


def _apply(page, dialogue):
    page.goto("/en/")
    page.get_by_role("link", name=f"Apply as a partner organisation ({dialogue.name})").click()
    page.get_by_label("Organisation name").fill("Ubuntu Digital Forum")
    page.get_by_label("Countries you would cover").select_option(["ZA", "BW"])
    page.get_by_label("About the organisation").fill("Community libraries running digital-skills clubs.")
    page.get_by_label("Coordinator's full name").fill("Thandiwe Nkosi")
    page.get_by_label("Coordinator's e-mail").fill("thandiwe@example.org")
    page.get_by_label("Why does your organisation want to take part?").fill("Our members want a say.")
    page.screenshot(path=f"{SHOTS}/apply.png", full_page=True)
    page.get_by_role("button", name="Send the application").click()
    expect(page.locator("h1")).to_have_text("Thank you: your application is sent")


def _approve(page, sign_in, sign_out):
    sign_in(StaffFactory())
    page.goto("/en/staff/applications/")
    page.get_by_role("link", name="Ubuntu Digital Forum").click()
    page.get_by_label("Approve and invite the coordinator").check()
    page.get_by_label("Message to the applicant").fill("Welcome to the dialogue.")
    page.get_by_role("button", name="Record the decision").click()
    expect(page.locator(".messages")).to_contain_text("Decision recorded for Ubuntu Digital Forum.")
    sign_out()


def _accept_invitation(page, sign_in):
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    page.goto(urlparse(link).path)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    form_address = page.url
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(lambda url: url != form_address)  # the password is set
    sign_in(User.objects.get(email="thandiwe@example.org"))
    expect(page.locator("h1")).to_have_text("Partner dashboard")


def _complete_checklist(page):
    page.get_by_role("link", name="Sign the partner agreement").click()
    page.get_by_label("I have read the partner agreement and sign it on behalf of my organisation.").check()
    page.get_by_role("button", name="Sign the agreement").click()

    page.get_by_role("link", name="Take the data-privacy training").click()
    for question in QUIZ:
        label = dict(question.options)[question.correct]
        page.get_by_role("group", name=str(question.text)).get_by_label(str(label)).check()
    page.screenshot(path=f"{SHOTS}/training.png", full_page=True)
    page.get_by_role("button", name="Check my answers").click()
    expect(page.locator(".messages")).to_contain_text("Passed: 5 of 5 correct.")

    page.get_by_role("link", name="Accept the code of conduct").click()
    page.get_by_label(re.compile("I accept the code of conduct")).check()
    page.get_by_role("button", name="Accept").click()

    page.get_by_role("link", name="Add a site").click()
    page.fill("#id_name", "Gaborone Public Library")
    page.select_option("#id_country", "BW")
    page.fill("#id_city", "Gaborone")
    page.fill("#id_time_zone", "Africa/Gaborone")
    page.fill("#id_languages", "en, tn")
    page.fill("#id_capacity", "48")
    page.fill("#id_conduct_contact_email", "contact@example.org")
    page.get_by_role("button", name="Save the site").click()
    page.screenshot(path=f"{SHOTS}/site_created.png", full_page=True)
    page.get_by_role("link", name="Back to Ubuntu Digital Forum").click()

    page.get_by_role("button", name="We received the materials").click()


def test_apply_approve_invite_complete_checklist_ready(browser_page, sign_in, sign_out, eager_tasks):
    page = browser_page
    dialogue = DialogueFactory(status="partners_onboarding")

    _apply(page, dialogue)
    _approve(page, sign_in, sign_out)
    _accept_invitation(page, sign_in)
    page.screenshot(path=f"{SHOTS}/dashboard_new.png", full_page=True)
    _complete_checklist(page)

    page.screenshot(path=f"{SHOTS}/dashboard_ready.png", full_page=True)
    expect(page.locator("main")).to_contain_text("Everything is done: you are ready for the Deliberation Day.")
    assert page.locator(".state").first.inner_text() == "Ready"
    assert Partner.objects.get(name="Ubuntu Digital Forum").state == "ready"

"""Browser journey of the evaluation: staff issue codes, participants answer the ex-ante
and ex-post questionnaires with their codes (a used code is refused), and the staff
summary counts them. The pages stay accessible throughout."""

import re
import subprocess
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect

from analysis.domain.evaluation import issue_tokens
from analysis.enums import Audience
from analysis.models import EvaluationReport, EvaluationSubmission
from analysis.tasks import build_evaluation_report_task
from registrations.domain.notifications import send_registration_confirmation, thank_participants
from registrations.enums import ConsentPurpose
from tests.factories.analysis import evaluation_questionnaire
from tests.factories.dialogues import DialogueFactory, PartnerFactory, SiteFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import deliver_messages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _answer(page, questionnaire, token, *, text=""):
    single = questionnaire.questions.get(kind="single_choice")
    scale = questionnaire.questions.get(kind="scale")
    page.goto(f"/en/evaluation/{questionnaire.dialogue.slug}/{questionnaire.audience}/?token={token}")
    page.check(f"#id_q{single.pk}_0")
    page.check(f"#id_q{scale.pk}_3")
    if text:
        page.fill(f"#id_q{questionnaire.questions.get(kind='open_text').pk}", text)
    page.click("button:text('Send your answers')")



@pytest.fixture
def keys_of_zero(monkeypatch):
    """Every evaluation answer's cell key 0, so the published counts are the true ones
    (the perturbation itself: tests/analysis/test_evaluation.py)."""
    monkeypatch.setattr("analysis.domain.evaluation.record_key", lambda uuid: 0)


def test_participants_answer_before_and_after_with_their_codes(keys_of_zero, browser_page, sign_in, staff_user):
    dialogue = DialogueFactory(slug="eval", anonymity_threshold=2)
    before = evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_BEFORE, title="Before the day")
    after = evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_AFTER, title="After the day")
    sign_in(staff_user)
    browser_page.goto(f"/en/analysis/{dialogue.slug}/evaluation/")
    row = browser_page.locator("tr", has_text="Before the day")
    row.locator("input[name=count]").fill("2")
    row.locator("button:text('Issue codes')").click()
    expect(browser_page.locator("main")).to_contain_text("cannot be shown again")
    codes = browser_page.locator(".evaluation-slips code").all_inner_texts()
    assert len(codes) == 2
    # The codes pages ask nobody to sign in (the test client tests answer signed out); the
    # staff member stays signed in here because a second sign-in would need a second
    # authenticator.

    for code in codes:
        _answer(browser_page, before, code)
        expect(browser_page.locator("main")).to_contain_text("Thank you: your answers were recorded anonymously.")
    _answer(browser_page, before, codes[0])
    expect(browser_page.locator("main")).to_contain_text("This code was used already")
    for code in issue_tokens(after, 2, by=staff_user):
        _answer(browser_page, after, code, text="Well run")
        expect(browser_page.locator("main")).to_contain_text("Thank you")

    assert EvaluationSubmission.objects.filter(questionnaire=before).count() == 2
    browser_page.goto(f"/en/analysis/{dialogue.slug}/evaluation/{after.pk}/")
    expect(browser_page.locator("main")).to_contain_text("Answers: 2.")
    expect(browser_page.locator("main")).to_contain_text("Well run")


def test_participants_answer_through_the_codes_of_their_emails_and_the_report_counts_them(keys_of_zero,
    browser_page, sign_in, staff_user, tmp_path
):
    dialogue = DialogueFactory(slug="eval-mail", anonymity_threshold=2, languages=["en", "fr"])
    before = evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_BEFORE, title="Before the day")
    after = evaluation_questionnaire(dialogue, Audience.PARTICIPANTS_AFTER, title="After the day")
    site = SiteFactory(partner=PartnerFactory(dialogue=dialogue, countries=["FR"]))
    people = [
        RegistrantFactory(
            site=site,
            status="selected",
            preferred_language="en",
            email=f"p{n}@example.net",
            consents=[ConsentPurpose.PARTICIPATION, ConsentPurpose.CONTACT],
        )
        for n in range(2)
    ]
    for person in people:
        send_registration_confirmation(person)
    thank_participants(dialogue, results_url="https://wti.example.org/results/")
    deliver_messages()
    links = [re.search(r"https?://\S+\?token=\S+", message.body).group(0) for message in mail.outbox]

    for link in links:  # two confirmations (ex-ante), two thank-yous (ex-post)
        questionnaire = before if "participants_before" in link else after
        path = urlsplit(link)
        _answer_at(browser_page, questionnaire, f"{path.path}?{path.query}")
        expect(browser_page.locator("main")).to_contain_text("Thank you: your answers were recorded anonymously.")

    sign_in(staff_user)
    browser_page.goto(f"/en/analysis/{dialogue.slug}/evaluation/")
    browser_page.select_option("#id_language", "en")
    browser_page.click("button:text('Build the evaluation report')")
    expect(browser_page.locator("main")).to_contain_text("The evaluation report is being built")
    build_evaluation_report_task(EvaluationReport.objects.get().pk)  # what the worker runs
    browser_page.reload()
    with browser_page.expect_download() as download:
        browser_page.click("a:text('Download the PDF')")
    pdf = tmp_path / "evaluation.pdf"
    download.value.save_as(pdf)
    text = " ".join(
        subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout.split()
    )

    assert "Before the day Participants, before the day · Answers: 2" in text
    assert "After the day Participants, after the day · Answers: 2" in text
    # Everyone gave the same answers: the other choices' zeros would give them away, so the
    # per-choice counts are hidden, as for the results.
    assert "Would you take part again? People who answered: hidden" in text


def _answer_at(page, questionnaire, address):
    single = questionnaire.questions.get(kind="single_choice")
    scale = questionnaire.questions.get(kind="scale")
    page.goto(address)
    page.check(f"#id_q{single.pk}_0")
    page.check(f"#id_q{scale.pk}_3")
    page.click("button:text('Send your answers')")

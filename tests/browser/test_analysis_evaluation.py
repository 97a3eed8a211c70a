"""Browser journey of the evaluation: staff issue codes, participants answer the ex-ante
and ex-post questionnaires with their codes (a used code is refused), and the staff
summary counts them. The pages stay accessible throughout."""

import pytest
from playwright.sync_api import expect

from analysis.domain.evaluation import issue_tokens
from analysis.enums import Audience
from analysis.models import EvaluationSubmission
from tests.factories.analysis import evaluation_questionnaire
from tests.factories.dialogues import DialogueFactory

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


def test_participants_answer_before_and_after_with_their_codes(browser_page, sign_in, staff_user):
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

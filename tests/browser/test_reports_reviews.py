"""Browser journey for open-answer review: staff filter the answers in which personal
data was found, see it highlighted in the original, tick two and approve them in one
go; the page stays accessible throughout."""

import pytest
from playwright.sync_api import expect

from reports.domain.reviews import prepare_open_answer_reviews
from reports.models import OpenAnswerReview
from results.models import OpenAnswer
from tests.factories.reports import small_dialogue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_filter_see_highlights_and_approve_in_bulk(browser_page, sign_in, staff_user):
    dialogue = small_dialogue()
    answers = list(OpenAnswer.objects.filter(submission__topic__dialogue=dialogue).order_by("pk")[:3])
    for answer, text in zip(answers, ["Call +44 20 7946 0958 tonight.", "Follow @someone_here.", "Internet for all."],
                            strict=True):
        answer.text = text
        answer.save()
    OpenAnswerReview.objects.all().delete()
    OpenAnswer.objects.filter(submission__topic__dialogue=dialogue).exclude(pk__in=[a.pk for a in answers]).delete()
    prepare_open_answer_reviews(dialogue)
    sign_in(staff_user)

    browser_page.goto(f"/en/reports/{dialogue.slug}/open-answers/")
    browser_page.select_option("#kind", "any")
    browser_page.click("button:text('Filter')")

    expect(browser_page.locator("article.review")).to_have_count(2)
    expect(browser_page.locator("mark.personal-data").first).to_contain_text("+44 20 7946 0958")
    browser_page.locator("input[name=review]").nth(0).check()
    browser_page.locator("input[name=review]").nth(1).check()
    browser_page.click("text=Approve the ticked answers as they are")

    expect(browser_page.locator(".messages")).to_contain_text("2 answers approved for publication.")
    assert sorted(OpenAnswerReview.objects.filter(state="approved").values_list("redacted_text", flat=True)) == [
        "Call [phone number removed] tonight.",
        "Follow [account removed].",
    ]

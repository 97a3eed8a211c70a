"""Browser journeys after the day: staff define a theme and tag answers in bulk; a
decision maker responds to a recommendation and the public impact page shows it. The
pages stay accessible throughout."""

import pytest
from playwright.sync_api import expect

from analysis.domain.queries import approved_answers, open_questions
from analysis.models import Theme, ThemeTag
from tests.factories.analysis import DecisionMakerFactory, RecommendationFactory
from tests.factories.reports import small_dialogue

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_define_a_theme_and_tag_answers_in_bulk(browser_page, sign_in, staff_user):
    dialogue = small_dialogue()
    question = open_questions(dialogue).first()
    sign_in(staff_user)

    browser_page.goto(f"/en/analysis/{dialogue.slug}/themes/")
    browser_page.select_option("#id_question", str(question.pk))
    browser_page.fill("#id_name_en", "Affordable access")
    browser_page.fill("#id_name_fr", "Accès abordable")
    browser_page.click("button:text('Add the theme')")
    expect(browser_page.locator(".messages")).to_contain_text("Theme saved.")
    theme = Theme.objects.get()

    expected = approved_answers(dialogue).filter(answer__question=question)
    country = expected.first().answer.submission.table.site.country.code
    expected = expected.filter(answer__submission__table__site__country=country)
    browser_page.goto(f"/en/analysis/{dialogue.slug}/answers/")
    browser_page.select_option("#f-question", str(question.pk))
    browser_page.select_option("#f-country", country)
    browser_page.click("button:text('Filter')")
    ticks = browser_page.locator("input[name=answer]")
    count = ticks.count()
    for index in range(count):
        ticks.nth(index).check()
    browser_page.check(f"#theme-{theme.pk}")
    browser_page.click("button:text('Tag the ticked answers')")

    expect(browser_page.locator(".messages")).to_contain_text(f"{count} tags added.")
    assert count == expected.count() > 1
    assert set(ThemeTag.objects.values_list("review_id", flat=True)) == set(expected.values_list("pk", flat=True))


def test_decision_maker_responds_and_the_impact_page_shows_it(browser_page, sign_in):
    recommendation = RecommendationFactory(title="Audit public algorithms")
    maker = DecisionMakerFactory(dialogue=recommendation.dialogue, name="Sofia Almeida", institution="Ministry X")
    sign_in(maker.user)

    browser_page.goto("/en/analysis/responses/")
    browser_page.click("text=Respond")
    browser_page.check("input[name=position][value=will_act]")
    browser_page.fill("#id_reasons", "We already list our algorithms.")
    browser_page.fill("#id_commitment", "An independent audit next year.")
    browser_page.click("button:text('Publish your response')")
    expect(browser_page.locator(".messages")).to_contain_text("Your response is published on the impact page.")

    browser_page.goto(f"/en/impact/{recommendation.dialogue.slug}/")
    expect(browser_page.locator("main")).to_contain_text("Sofia Almeida, Ministry X (France)")
    expect(browser_page.locator("main")).to_contain_text("An independent audit next year.")

from analysis.domain.tagging import tag_answers
from analysis.domain.theme_counts import theme_figures
from reports.enums import WORLD


def test_a_theme_given_by_one_answer_is_hidden_everywhere_and_a_large_one_is_published(tiny, question, answers,
                                                                                       themes, analyst):
    rare, common = themes
    tag_answers(tiny, review_ids=[answers[0].pk], theme_ids=[rare.pk], by=analyst)
    tagged = [review.pk for review in answers[::2]]
    tag_answers(tiny, review_ids=tagged, theme_ids=[common.pk], by=analyst)

    figures = theme_figures(tiny, question, themes)

    world = figures.areas[WORLD]
    assert world.counts[0] is None
    assert abs(world.counts[1] - len(tagged)) <= 3
    assert abs(world.base - len(answers)) <= 3
    country = answers[0].answer.submission.table.site.country.code
    assert figures.areas[country].counts[0] is None
    assert set(figures.areas) == {WORLD, *figures.regions, *figures.countries}


def test_no_theme_no_figures(tiny, question):
    figures = theme_figures(tiny, question, [])

    assert figures.areas == {}

"""National reports summarise breakdowns by group where protection allows: under each
chart, the share giving the country's most chosen answer in each group that can be
published, from the same published figures as the open data (never one it hides),
whether the open data has been computed by a worker already or not."""

from django.core.cache import cache

from reports.domain.content import report_context
from reports.domain.cube import Cube
from reports.domain.open_data import open_data_cells, open_data_if_cached, warm_open_data
from reports.enums import ReportScope


def open_data_by_key(dialogue, cube):
    return {(c["area"], c["question"], c["option"], c["group"]): c["count"] for c in open_data_cells(dialogue, cube=cube)}


def summaries(dialogue):
    cube = Cube(dialogue)
    return {
        (country, section.question.code): section.groups
        for country in cube.countries
        for chapter in report_context(cube, ReportScope.NATIONAL, country)["chapters"]
        for section in chapter["sections"]
    }


def test_national_group_summaries_are_shares_of_the_open_data_figures(tiny):
    cube = Cube(tiny)
    cells = open_data_by_key(tiny, cube)
    features = {str(f.name): f for f in cube.dialogue.features.all()}

    printed = summaries(tiny)

    shown = [(key, summary) for key, summary in printed.items() if summary is not None]
    assert shown
    for (country, question_code), summary in shown:
        question = next(q for q in cube.questions if q.code == question_code)
        column = next(c for c in cube.figures[question.pk].columns if str(c.label) == summary.answer)
        for feature_name, categories in summary.features:
            feature = features[feature_name]
            assert [label for label, _share in categories] == [str(c.label) for c in feature.categories.all()]
            assert any(share is not None for _label, share in categories)
            for (_label, share), category in zip(categories, feature.categories.all(), strict=True):
                group = f"{feature.code}:{category.code}"
                count = cells[(country, question_code, column.code, group)]
                base = cells[(country, question_code, "total", group)]
                assert share == (None if count is None or not base else min(1.0, count / base))


def test_summaries_are_the_same_from_the_cached_open_data_and_computed_here(tiny):
    cache.clear()
    computed = summaries(tiny)
    assert open_data_if_cached(tiny) is None

    warm_open_data(tiny)
    from_open_data = summaries(tiny)

    assert open_data_if_cached(tiny) is not None
    assert from_open_data == computed


def test_summary_answer_is_the_countrys_most_chosen(tiny):
    cube = Cube(tiny)

    for (country, question_code), summary in summaries(tiny).items():
        if summary is None:
            continue
        figures = cube.figures[next(q.pk for q in cube.questions if q.code == question_code)]
        row = figures.get(country)
        published = [(s, i) for i, s in enumerate(row.shares) if s is not None and figures.columns[i].option]
        assert summary.answer == str(figures.columns[max(published, key=lambda p: (p[0], -p[1]))[1]].label)


def test_no_summary_where_the_country_row_is_hidden(tiny):
    cube = Cube(tiny)

    for (country, question_code), summary in summaries(tiny).items():
        row = cube.figures[next(q.pk for q in cube.questions if q.code == question_code)].get(country)
        if row is None or row.suppressed:
            assert summary is None

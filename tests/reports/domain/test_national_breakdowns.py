"""National reports summarise breakdowns by group where protection allows: under each
chart, the share giving the country's most chosen answer in each group that can be
published, from the same published figures as the open data (never one it hides)."""

from reports.domain.content import group_summary, national_breakdowns, report_context
from reports.domain.cube import Cube
from reports.domain.open_data import open_data_cells
from reports.enums import ReportScope


def open_data_by_key(dialogue, cube):
    return {(c["area"], c["question"], c["option"], c["group"]): c["count"] for c in open_data_cells(dialogue, cube=cube)}


def test_national_group_summaries_are_shares_of_the_open_data_figures(tiny):
    cube = Cube(tiny)
    cells = open_data_by_key(tiny, cube)
    summaries = 0

    for country in cube.countries:
        context = report_context(cube, ReportScope.NATIONAL, country)
        for chapter in context["chapters"]:
            for section in chapter["sections"]:
                assert section.breakdowns == []  # no full tables in a national report
                if section.groups is None:
                    continue
                summaries += 1
                question = section.question
                column = next(c for c in section.columns if str(c.label) == section.groups.answer)
                by_label = {str(b.feature.name): b for b in cube.breakdowns(country)[question.pk]}
                for feature_name, categories in section.groups.features:
                    breakdown = by_label[feature_name]
                    for (label, share), category in zip(categories, breakdown.categories, strict=True):
                        assert label == str(category.label)
                        group = f"{breakdown.feature.code}:{category.code}"
                        count = cells[(country, question.code, column.code, group)]
                        base = cells[(country, question.code, "total", group)]
                        if count is None or not base:
                            assert share is None
                        else:
                            assert share == min(1.0, count / base)
    assert summaries > 0


def test_summary_answer_is_the_countrys_most_chosen_and_hidden_features_are_left_out(tiny):
    cube = Cube(tiny)
    country = max(cube.countries, key=lambda c: cube.people(c) or 0)
    question = next(q for q in cube.questions if national_breakdowns(cube.breakdowns(country)).get(q.pk))
    figures = cube.figures[question.pk]
    row = figures.get(country)
    everything = cube.breakdowns(country)[question.pk]

    summary = group_summary(row, figures.columns, national_breakdowns(cube.breakdowns(country))[question.pk])

    published = [(s, i) for i, s in enumerate(row.shares) if s is not None and figures.columns[i].option]
    assert summary.answer == str(figures.columns[max(published, key=lambda p: (p[0], -p[1]))[1]].label)
    shown = {name for name, _categories in summary.features}
    all_hidden = {str(b.feature.name) for b in everything if all(r.suppressed for r in b.rows) or b.covers is None}
    assert not shown & all_hidden
    assert all(any(share is not None for _l, share in categories) for _n, categories in summary.features)


def test_no_summary_for_a_hidden_country_row(tiny):
    cube = Cube(tiny)
    question = cube.questions[0]
    figures = cube.figures[question.pk]

    assert group_summary(None, figures.columns, []) is None

"""National reports print breakdowns by group where protection allows: only breakdowns
with at least one published group, each figure the same as the open data's for that
country and group (never a figure the open data hides)."""

from reports.domain.content import national_breakdowns, report_context
from reports.domain.cube import Cube
from reports.domain.open_data import open_data_cells
from reports.enums import ReportScope


def open_data_by_key(dialogue, cube):
    return {(c["area"], c["question"], c["option"], c["group"]): c["count"] for c in open_data_cells(dialogue, cube=cube)}


def printed_breakdowns(context):
    return [(section.question, breakdown) for chapter in context["chapters"] for section in chapter["sections"]
            for breakdown in section.breakdowns]


def test_national_report_breakdowns_are_the_open_data_figures_with_a_published_group(tiny):
    cube = Cube(tiny)
    cells = open_data_by_key(tiny, cube)
    printed = {country: printed_breakdowns(report_context(cube, ReportScope.NATIONAL, country))
               for country in cube.countries}

    assert any(printed.values())
    for country, breakdowns in printed.items():
        for question, breakdown in breakdowns:
            assert breakdown.covers is not None
            assert any(not row.suppressed for row in breakdown.rows)
            columns = cube.figures[question.pk].columns
            for category, row in zip(breakdown.categories, breakdown.rows, strict=True):
                group = f"{breakdown.feature.code}:{category.code}"
                assert [cells[(country, question.code, column.code, group)] for column in columns] == list(row.counts)
                assert cells[(country, question.code, "total", group)] == row.base


def test_national_report_leaves_out_breakdowns_with_every_group_hidden(tiny):
    cube = Cube(tiny)
    country = cube.countries[0]

    everything = cube.breakdowns(country)
    kept = national_breakdowns(everything)

    all_hidden = [b for tables in everything.values() for b in tables
                  if b.covers is None or all(row.suppressed for row in b.rows)]
    kept_ids = {id(b) for tables in kept.values() for b in tables}
    assert not kept_ids & {id(b) for b in all_hidden}
    assert len(kept_ids) + len(all_hidden) == sum(len(tables) for tables in everything.values())

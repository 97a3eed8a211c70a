"""The full tables of a report's annex: printed as blocks of rows, one text per column."""

from reports.domain.cube import Figures
from reports.templatetags.reports import ANNEX_BLOCK, figure_blocks, names_width


def test_full_table_rows_become_one_text_per_column_with_a_dash_for_hidden():
    rows = [("Kenya", Figures((12, None), 30, (0.4, None))), ("Africa", Figures((400, 600), 1000, (0.4, 0.6)))]

    (block,) = figure_blocks(rows, [("The world", Figures((4000, 6000), 10000, (0.4, 0.6)))])

    assert block == ["Kenya\nAfrica\nThe world", "12\n400\n4000", "–\n600\n6000", "30\n1000\n10000"]


def test_long_tables_are_split_into_blocks_and_names_are_escaped():
    rows = [(f"<b>{n}</b>", Figures((n,), n, (1.0,))) for n in range(ANNEX_BLOCK + 2)]

    blocks = figure_blocks(rows)

    assert [len(block[0].split("\n")) for block in blocks] == [ANNEX_BLOCK, 2]
    assert "<b>" not in blocks[0][0] and "&lt;b&gt;0&lt;/b&gt;" in blocks[0][0]


def test_the_names_column_is_as_wide_as_the_longest_name():
    short = [("Asia", Figures((1,), 1, (1.0,)))]
    long = [("Democratic Republic of the Congo", Figures((1,), 1, (1.0,)))]

    assert names_width(short) == 16
    assert names_width(short, long) > 30

"""Disclosure control: hand-made cases for each rule, then hypothesis on random tables."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reports.domain.disclosure import Table, publish, suppress, suppress_linked_tables, suppress_table

K = 10


def test_suppress_hides_small_cell_and_a_complement_in_its_row_and_column():
    table = Table.from_cells([[3, 40, 50], [30, 20, 25]])

    published = suppress(table, K)

    assert published.cells == ((None, None, 50), (None, None, 25))
    assert published.row_totals == (93, 75)
    assert published.column_totals == (33, 60, 75)


def test_suppress_keeps_zero_cells():
    published = suppress(Table.from_cells([[0, 40], [0, 25]]), K)

    assert published.cells == ((0, 40), (0, 25))


def test_suppress_hides_whole_row_with_base_under_k_and_a_second_row():
    table = Table.from_cells([[2, 3], [30, 40], [50, 60]])

    published = suppress(table, K)

    assert published.cells[0] == (None, None)
    assert published.row_totals[0] is None
    assert published.cells[1] == (None, None)
    assert published.row_totals[1] is None
    assert published.cells[2] == (50, 60)
    assert published.grand_total == 185


def test_suppress_hides_unanimous_group_in_breakdowns():
    table = Table.from_cells([[25, 0, 0], [30, 20, 15], [40, 35, 12]])

    published = suppress(table, K, hide_unanimous_rows=True)

    assert published.cells[0] == (None, None, None)
    assert published.row_totals[0] is None
    assert published.share(0, 0) is None


def test_suppress_keeps_unanimous_row_when_not_a_breakdown():
    table = Table.from_cells([[25, 0], [30, 20], [40, 35]])

    assert suppress(table, K).cells[0] == (25, 0)


def test_share_is_none_when_count_hidden():
    published = suppress(Table.from_cells([[3, 40, 50], [30, 20, 25]]), K)

    assert published.share(0, 0) is None
    assert published.share(0, 2) == 50 / 93


def test_suppress_linked_tables_hides_same_region_figures_in_both_tables():
    europe = Table.from_cells([[4, 40], [30, 50]])
    africa = Table.from_cells([[30, 30], [20, 25]])
    world = Table.from_cells([europe.column_totals, africa.column_totals])

    top, (europe_published, africa_published) = suppress_linked_tables(world, [europe, africa], K)

    for i, part in enumerate((europe_published, africa_published)):
        assert part.column_totals == top.cells[i]
        assert part.grand_total == top.row_totals[i]


# --- properties on random tables ---------------------------------------------------

counts = st.one_of(st.integers(0, 0), st.integers(1, 12), st.integers(10, 80))


@st.composite
def tables(draw, max_rows=6, max_columns=5):
    rows = draw(st.integers(1, max_rows))
    columns = draw(st.integers(1, max_columns))
    return Table.from_cells([[draw(counts) for _ in range(columns)] for _ in range(rows)])


def lines(table):
    rows, columns = table.shape
    for r in range(rows + 1):
        yield [(r, c) for c in range(columns + 1)]
    for c in range(columns + 1):
        yield [(r, c) for r in range(rows + 1)]


def assert_no_figure_reveals_a_hidden_count(table, hidden, k):
    """No published count is small; in every row and column (totals included) either
    no positive count is hidden or at least two are, so the line's total minus its
    published figures (the sum of the hidden ones) and the total minus any one published
    figure are each larger than every hidden count: none can be recomputed."""
    matrix = table.matrix()
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            if (r, c) not in hidden:
                assert value == 0 or value >= k, (r, c, value)
    for line in lines(table):
        hidden_counts = [matrix[r][c] for r, c in line if (r, c) in hidden and matrix[r][c] > 0]
        assert len(hidden_counts) != 1, line
        total = line[-1]
        if total in hidden or not hidden_counts:
            continue
        value = matrix[total[0]][total[1]]
        published_cells = [matrix[r][c] for r, c in line[:-1] if (r, c) not in hidden]
        assert value - sum(published_cells) > max(hidden_counts)
        for figure in published_cells:
            assert value - figure > max(hidden_counts)


@settings(max_examples=400, deadline=None)
@given(tables(), st.integers(2, 15), st.booleans())
def test_no_published_figure_or_difference_reveals_a_hidden_count(table, k, unanimous):
    hidden = suppress_table(table, k, hide_unanimous_rows=unanimous)

    assert_no_figure_reveals_a_hidden_count(table, hidden, k)


@settings(max_examples=400, deadline=None)
@given(tables(), st.integers(2, 15))
def test_hidden_figures_are_none_and_published_ones_exact(table, k):
    hidden = suppress_table(table, k)

    published = publish(table, hidden, k)

    rows, columns = table.shape
    for r in range(rows):
        for c in range(columns):
            expected = None if (r, c) in hidden else table.cells[r][c]
            assert published.cells[r][c] == expected
            if published.share(r, c) is not None:
                assert published.row_totals[r] >= k


@settings(max_examples=200, deadline=None)
@given(st.lists(tables(max_rows=4, max_columns=3), min_size=1, max_size=4), st.integers(2, 15))
def test_linked_tables_agree_and_reveal_nothing(parts, k):
    columns = min(p.shape[1] for p in parts)
    parts = [Table.from_cells([row[:columns] for row in p.cells]) for p in parts]
    top = Table.from_cells([p.column_totals for p in parts])

    top_published, parts_published = suppress_linked_tables(top, parts, k)

    for i, part in enumerate(parts_published):
        assert part.column_totals == top_published.cells[i]
        assert part.grand_total == top_published.row_totals[i]
    top_hidden = {(r, c) for r in range(len(parts) + 1) for c in range(columns + 1)
                  if top.matrix()[r][c] is not None and _figure(top_published, r, c) is None}
    assert_no_figure_reveals_a_hidden_count(top, top_hidden, k)
    for part, published in zip(parts, parts_published, strict=True):
        rows = part.shape[0]
        part_hidden = {(r, c) for r in range(rows + 1) for c in range(columns + 1) if _figure(published, r, c) is None}
        assert_no_figure_reveals_a_hidden_count(part, part_hidden, k)


def _figure(published, r, c):
    rows, columns = len(published.cells), len(published.column_totals)
    if r == rows:
        return published.grand_total if c == columns else published.column_totals[c]
    return published.row_totals[r] if c == columns else published.cells[r][c]

"""Statistical disclosure control: the one module that decides which figures may be
published (PDF, CSV, JSON, dashboard all go through ``suppress_table`` or
``suppress_linked_tables``).

A *table* is a two-way table of counts: rows (countries of a region, regions of the
world, or the demographic groups of a feature) by columns (the options of a question),
with its row totals, column totals and grand total. Internally it is an
(R+1) × (C+1) matrix whose last column holds the row totals and whose last row holds the
column totals. Every row and every column of that matrix (totals included) is a *line*:
a set of figures tied by one sum.

The rules, for a threshold k (the dialogue's, default 10):

1. Primary suppression: no count between 1 and k−1 is published, totals included.
   Zero is published (nobody chose it), it is not a small cell.
2. Small bases: a row whose total is under k is hidden whole, so no share is ever given
   on a base under k (a country under k participants is visible only inside its
   region's figures).
3. Unanimous groups: for demographic breakdowns, a group whose members all gave the
   same answer is hidden whole (publishing it would tell each member's answer).
4. Complementary suppression: a line never has exactly one hidden positive figure,
   because a single hidden figure equals its line's total minus the published others
   (a hidden zero beside it would not help: it adds nothing to the sum). While a line
   has exactly one, the smallest positive published figure of that line is hidden too
   (its total when no other figure is positive). Hiding only ever grows, so this ends.
5. Linked tables: a region's totals appear both as a row of the world table and as the
   totals row of its own table of countries; ``suppress_linked_tables`` repeats the
   rules until both places hide the same figures.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    """Counts with their totals. ``cells[r][c]`` is row r, column c."""

    cells: tuple
    row_totals: tuple
    column_totals: tuple
    grand_total: int

    @classmethod
    def from_cells(cls, cells, *, row_totals=None):
        """A table whose totals are the sums of its cells (``row_totals`` may be given
        when the base is not the sum of the cells, as for multiple choice)."""
        cells = tuple(tuple(row) for row in cells)
        columns = len(cells[0]) if cells else 0
        row_totals = tuple(row_totals) if row_totals is not None else tuple(sum(row) for row in cells)
        column_totals = tuple(sum(row[c] for row in cells) for c in range(columns))
        return cls(cells, row_totals, column_totals, sum(row_totals))

    @property
    def shape(self):
        return len(self.cells), len(self.column_totals)

    def matrix(self):
        rows = [list(row) + [total] for row, total in zip(self.cells, self.row_totals, strict=True)]
        rows.append(list(self.column_totals) + [self.grand_total])
        return rows


@dataclass(frozen=True)
class Published:
    """A table after suppression: every hidden figure is ``None``, never zero."""

    cells: tuple
    row_totals: tuple
    column_totals: tuple
    grand_total: object
    k: int

    def share(self, row, column):
        """The share of row ``row`` for ``column`` (0 to 1), or None when either figure
        is hidden or the base is zero."""
        count, base = self.cells[row][column], self.row_totals[row]
        if count is None or not base:
            return None
        return count / base

    def column_share(self, column):
        count, base = self.column_totals[column], self.grand_total
        if count is None or not base:
            return None
        return count / base


def is_small(value, k):
    return 0 < value < k


def suppress_table(table, k, *, hide_unanimous_rows=False, forced=frozenset()):
    """Apply every rule to ``table``; return the set of hidden (row, column) positions in
    the (R+1) × (C+1) matrix (index R is the totals row, index C the totals column).

    ``forced`` are positions hidden by a linked table."""
    matrix = table.matrix()
    rows, columns = table.shape
    hidden = set(forced)
    for r, line in enumerate(matrix):
        for c, value in enumerate(line):
            if is_small(value, k):
                hidden.add((r, c))
    for r in range(rows):
        whole_row = (r, columns) in hidden or (hide_unanimous_rows and _is_unanimous(matrix[r][:columns]))
        if whole_row:
            hidden.update((r, c) for c in range(columns + 1))
    _complete_lines(matrix, hidden)
    return hidden


def _is_unanimous(cells):
    return sum(1 for value in cells if value > 0) == 1


def _lines(rows, columns):
    for r in range(rows + 1):
        yield [(r, c) for c in range(columns + 1)]
    for c in range(columns + 1):
        yield [(r, c) for r in range(rows + 1)]


def _complete_lines(matrix, hidden):
    """Rule 4: hide complements until no line has exactly one hidden positive figure
    (a hidden zero beside it would not protect it)."""
    rows, columns = len(matrix) - 1, len(matrix[0]) - 1
    lines = list(_lines(rows, columns))
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(1 for r, c in line if (r, c) in hidden and matrix[r][c] > 0) != 1:
                continue
            complement = _complement(matrix, line, hidden)
            if complement is not None:
                hidden.add(complement)
                changed = True


def _complement(matrix, line, hidden):
    """The figure to hide beside a line's single hidden one: the smallest positive
    published cell, else the line's total if positive. None when the line has no
    positive published figure left (its hidden figure cannot be recomputed then)."""
    published = [p for p in line if p not in hidden and matrix[p[0]][p[1]] > 0]
    total = line[-1]
    cells = [p for p in published if p != total]
    if cells:
        return min(cells, key=lambda p: (matrix[p[0]][p[1]], p))
    if total in published:
        return total
    return None


def publish(table, hidden, k):
    """The published view of ``table`` given its hidden positions."""
    rows, columns = table.shape
    matrix = table.matrix()

    def figure(r, c):
        return None if (r, c) in hidden else matrix[r][c]

    return Published(
        cells=tuple(tuple(figure(r, c) for c in range(columns)) for r in range(rows)),
        row_totals=tuple(figure(r, columns) for r in range(rows)),
        column_totals=tuple(figure(rows, c) for c in range(columns)),
        grand_total=figure(rows, columns),
        k=k,
    )


def suppress(table, k, *, hide_unanimous_rows=False):
    """Suppress one stand-alone table (a demographic breakdown) and publish it."""
    return publish(table, suppress_table(table, k, hide_unanimous_rows=hide_unanimous_rows), k)


def suppress_linked_tables(top, parts, k):
    """Suppress a table of parts (``top``: regions of the world) together with each
    part's own table (``parts[i]``: the countries of region i, whose totals row is row i
    of ``top``). Returns ``(published top, [published part, ...])``."""
    rows, columns = top.shape
    forced_top = set()
    while True:
        top_hidden = suppress_table(top, k, forced=forced_top)
        parts_hidden = []
        grew = False
        for i, part in enumerate(parts):
            part_rows = part.shape[0]
            forced = {(part_rows, c) for c in range(columns + 1) if (i, c) in top_hidden}
            hidden = suppress_table(part, k, forced=forced)
            parts_hidden.append(hidden)
            for c in range(columns + 1):
                if (part_rows, c) in hidden and (i, c) not in top_hidden:
                    forced_top.add((i, c))
                    grew = True
        if not grew:
            break
    return publish(top, top_hidden, k), [publish(p, h, k) for p, h in zip(parts, parts_hidden, strict=True)]

"""Statistical disclosure control: the one module that decides which figures may be
published (PDF, CSV, JSON, API, dashboard all go through ``suppress`` or
``suppress_linked_tables``). The method and the attack it answers are in
docs/disclosure.md.

A *table* is a two-way table of counts: rows (countries of a region, regions of the
world, or the demographic groups of a feature) by columns (the options of a question),
with its row totals, column totals and grand total. Internally it is an
(R+1) × (C+1) matrix whose last column holds the row totals and whose last row holds the
column totals; every figure has a count and a cell key (``perturbation``). Every column
of that matrix, and every row when the row total is the sum of its cells (not for
multiple choice, whose base is the people present), is a *line*: figures tied by one sum.

The rules, for a threshold k (the dialogue's, default 10):

1. Perturbation: every count n ≥ 1 is published as ``perturb(n, cell key)``, totals
   included (a total is perturbed as a figure of its own, not summed from perturbed
   cells, which would give the perturbed hidden cells away). Zero is published as zero.
2. Threshold: a figure whose perturbed value is under k is hidden.
3. Small bases: a row whose total is hidden is hidden whole, so no share is ever given
   on a base under k.
4. Attribute disclosure: a row of two columns or more (an area or a group, totals row
   included) in which every person gave the same answer (single choice: one positive cell; multiple choice: an
   option chosen by everyone) is hidden whole, whatever its size.
5. Protection intervals: for every hidden figure of a line, what the line's published
   figures leave possible for it (each published figure known only to within its
   ``margin``, each other hidden figure anything from 0 up) must hold at least k
   positive values; while it does not, the smallest positive published cell of the line
   is hidden too (its total when no cell is left). Hiding only grows, so this ends.
6. Linked tables: a region's figures appear both as a row of the world table and as the
   totals row of its own table of countries (the same records, so the same perturbed
   values); ``suppress_linked_tables`` repeats the rules until both hide the same ones.
"""

from dataclasses import dataclass

from .perturbation import KEY_SPACE, margin, perturb


@dataclass(frozen=True)
class Table:
    """Counts with their totals and cell keys. ``cells[r][c]`` is row r, column c;
    ``keys`` is the (R+1) × (C+1) matrix of cell keys (totals included)."""

    cells: tuple
    row_totals: tuple
    column_totals: tuple
    grand_total: int
    keys: tuple
    additive_rows: bool = True

    @classmethod
    def from_cells(cls, cells, *, keys=None, row_totals=None, row_keys=None):
        """A table whose totals and their keys are the sums of its cells'. With
        ``row_totals`` (and their ``row_keys``) the base of each row is given, as for
        multiple choice: the rows are then not lines. Without ``keys`` every key is 0,
        which perturbs nothing (for hand-made examples)."""
        cells = tuple(tuple(row) for row in cells)
        columns = len(cells[0]) if cells else 0
        keys = [list(row) for row in keys] if keys is not None else [[0] * columns for _ in cells]
        additive = row_totals is None
        if additive:
            row_totals = [sum(row) for row in cells]
            row_keys = [sum(row) for row in keys]
        elif row_keys is None:
            row_keys = [0] * len(cells)
        column_totals = tuple(sum(row[c] for row in cells) for c in range(columns))
        column_keys = [sum(row[c] for row in keys) for c in range(columns)]
        matrix_keys = [[*row, base] for row, base in zip(keys, row_keys, strict=True)]
        matrix_keys.append([*column_keys, sum(row_keys)])
        return cls(
            cells, tuple(row_totals), column_totals, sum(row_totals),
            tuple(tuple(key % KEY_SPACE for key in row) for row in matrix_keys), additive,
        )

    @property
    def shape(self):
        return len(self.cells), len(self.column_totals)

    def matrix(self):
        rows = [list(row) + [total] for row, total in zip(self.cells, self.row_totals, strict=True)]
        rows.append(list(self.column_totals) + [self.grand_total])
        return rows

    def totals_row_keys(self):
        """The keys of the totals row: what this table contributes as one row of its parent."""
        return self.keys[-1][:-1]


@dataclass(frozen=True)
class Published:
    """A table after disclosure control: perturbed figures, every hidden one ``None``."""

    cells: tuple
    row_totals: tuple
    column_totals: tuple
    grand_total: object
    k: int

    def share(self, row, column):
        """The share of row ``row`` for ``column`` (0 to 1) from the published figures,
        or None when either is hidden or the base is zero."""
        return _share(self.cells[row][column], self.row_totals[row])

    def column_share(self, column):
        return _share(self.column_totals[column], self.grand_total)


def _share(count, base):
    if count is None or not base:
        return None
    return min(1.0, count / base)


def perturbed_matrix(table):
    """Every figure of ``table`` as it would be published (before hiding); a cell is
    never published above its row's base."""
    matrix = table.matrix()
    values = [[perturb(n, key) for n, key in zip(row, keys, strict=True)] for row, keys in zip(matrix, table.keys, strict=True)]
    for row in values:
        base = row[-1]
        row[:-1] = [min(value, base) for value in row[:-1]]
    return values


def suppress_table(table, k, *, forced=frozenset()):
    """Apply every rule to ``table``; return ``(values, hidden)``: the perturbed matrix
    and the set of hidden (row, column) positions (index R is the totals row, index C
    the totals column). ``forced`` are positions hidden by a linked table."""
    matrix = table.matrix()
    values = perturbed_matrix(table)
    rows, columns = table.shape
    hidden = set(forced)
    for r, line in enumerate(values):
        for c, value in enumerate(line):
            if matrix[r][c] > 0 and value < k:
                hidden.add((r, c))
    for r in range(rows + 1):
        if (r, columns) in hidden or (columns > 1 and _is_unanimous(matrix[r], table.additive_rows)):
            hidden.update((r, c) for c in range(columns + 1))
    _protect_lines(values, hidden, list(_lines(rows, columns, table.additive_rows)), k)
    return values, hidden


def _is_unanimous(row, additive):
    """Everyone of the row gave the same answer: one positive cell (single choice), or
    an option chosen by every person of the base (multiple choice)."""
    cells, base = row[:-1], row[-1]
    if base <= 0:
        return False
    if additive:
        return sum(1 for value in cells if value > 0) == 1
    return any(value >= base for value in cells)


def _lines(rows, columns, additive_rows):
    if additive_rows:
        for r in range(rows + 1):
            yield [(r, c) for c in range(columns + 1)]
    for c in range(columns + 1):
        yield [(r, c) for r in range(rows + 1)]


def possible_values(values, line, hidden):
    """How many positive values a hidden figure of ``line`` can take given the line's
    published figures (each within its margin) and other hidden figures (0 or more);
    None when the line's total is hidden (then the line bounds nothing)."""
    *cells, total = line
    if total in hidden:
        return None
    hidden_cells = [p for p in cells if p in hidden]
    published = [values[r][c] for r, c in cells if (r, c) not in hidden]
    grand = values[total[0]][total[1]]
    highest = grand + margin(grand) - sum(value - margin(value) for value in published)
    if len(hidden_cells) > 1:
        return max(0, highest)
    lowest = grand - margin(grand) - sum(value + margin(value) for value in published)
    return max(0, highest - max(1, lowest) + 1)


def _protect_lines(values, hidden, lines, k):
    """Rule 5: widen every line whose hidden figures are narrowed to fewer than k values."""
    changed = True
    while changed:
        changed = False
        for line in lines:
            if not any(p in hidden for p in line[:-1]):
                continue
            possible = possible_values(values, line, hidden)
            if possible is None or possible >= k:
                continue
            complement = _complement(values, line, hidden)
            if complement is not None:
                hidden.add(complement)
                changed = True


def _complement(values, line, hidden):
    """The figure to hide beside a line's hidden ones: the smallest positive published
    cell, else the line's total (even zero: a published zero total would tell that every
    hidden figure of the line is zero)."""
    *cells, total = line
    published = [p for p in cells if p not in hidden and values[p[0]][p[1]] > 0]
    if published:
        return min(published, key=lambda p: (values[p[0]][p[1]], p))
    return total if total not in hidden else None


def publish(table, values, hidden, k):
    """The published view of ``table`` given its perturbed values and hidden positions."""
    rows, columns = table.shape

    def figure(r, c):
        return None if (r, c) in hidden else values[r][c]

    return Published(
        cells=tuple(tuple(figure(r, c) for c in range(columns)) for r in range(rows)),
        row_totals=tuple(figure(r, columns) for r in range(rows)),
        column_totals=tuple(figure(rows, c) for c in range(columns)),
        grand_total=figure(rows, columns),
        k=k,
    )


def suppress(table, k):
    """Protect one stand-alone table (a demographic breakdown) and publish it."""
    values, hidden = suppress_table(table, k)
    return publish(table, values, hidden, k)


def suppress_linked_tables(top, parts, k):
    """Protect a table of parts (``top``: regions of the world) together with each
    part's own table (``parts[i]``: the countries of region i, whose totals row is row i
    of ``top``, with the same counts and keys). Returns ``(published top, [published
    part, ...])``."""
    rows, columns = top.shape
    forced_top = set()
    while True:
        top_values, top_hidden = suppress_table(top, k, forced=forced_top)
        results = []
        grew = False
        for i, part in enumerate(parts):
            part_rows = part.shape[0]
            forced = {(part_rows, c) for c in range(columns + 1) if (i, c) in top_hidden}
            values, hidden = suppress_table(part, k, forced=forced)
            results.append((values, hidden))
            for c in range(columns + 1):
                if (part_rows, c) in hidden and (i, c) not in top_hidden:
                    forced_top.add((i, c))
                    grew = True
        if not grew:
            break
    published_parts = [publish(part, values, hidden, k) for part, (values, hidden) in zip(parts, results, strict=True)]
    return publish(top, top_values, top_hidden, k), published_parts


def linked_top(parts):
    """The table of parts whose row i is the totals row of ``parts[i]`` (counts and keys)."""
    return Table.from_cells(
        [part.column_totals for part in parts],
        keys=[part.totals_row_keys() for part in parts],
        row_totals=None if all(p.additive_rows for p in parts) else [p.grand_total for p in parts],
        row_keys=None if all(p.additive_rows for p in parts) else [p.keys[-1][-1] for p in parts],
    )

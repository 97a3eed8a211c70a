"""Statistical disclosure control: the one module that decides which figures may be
published (PDF, CSV, JSON, API, dashboard all go through ``suppress`` or
``suppress_linked_tables``). The method, the attack it answers and its parameters are
in docs/disclosure.md.

A *table* is a two-way table of counts: rows (countries of a region, regions of the
world, or the demographic groups of a feature) by columns (the options of a question),
with its row totals, column totals and grand total: an (R+1) × (C+1) matrix whose last
column holds the row totals and whose last row the column totals. Every figure has a
count and a cell key (``perturbation``). Every column of the matrix, and every row when
its total is the sum of its cells (not for multiple choice, whose base is the people
present), is a *line*: figures tied by one sum. Linked tables (the world's regions and
each region's countries) are protected as one system in which a region's figures are
one set of nodes, shared by the row of the world table and the totals row of the
region's table.

The rules, for a threshold k (the dialogue's, default 10):

1. Perturbation: every count n ≥ 1 is published as ``perturb(n, cell key)``, totals
   included (a total is a figure of its own, not the sum of perturbed cells, which would
   give the perturbed hidden cells away); a cell is never published above its row's
   base. Zero is published as zero.
2. Threshold: a figure whose perturbed value is under k is hidden.
3. Small bases: a row whose total is hidden is hidden whole, so no share is ever given
   on a base under k.
4. Attribute disclosure: a row of two columns or more (an area or a group, totals rows
   included) in which every person gave the same answer (single choice: one positive
   cell; multiple choice: an option chosen by everyone) is hidden whole, whatever its size.
5. Protection intervals: an outsider bounds every figure (a published one to within
   ``margin`` of it, a hidden one from 0 up) and narrows the bounds through every line
   of the system until nothing changes (``attacker_bounds``), then checks every
   hidden figure those bounds leave wide enough by linear programming over every line
   at once (``ExactAttacker``), the attack τ-Argus guards against. Every hidden figure
   under k (zero included) must keep at least k possible positive values, every other
   hidden figure at least 2; while one does not, a published figure of the line that
   narrows it most is hidden too (its smallest positive cell, else a zero cell, else
   its total). Hiding only grows, so this ends.
"""

from dataclasses import dataclass

from wetheinternet.core.disclosure import is_small

from .intervals import ExactAttacker, attacker_bounds, possible_values
from .perturbation import KEY_SPACE, perturb

# Linear programming looks for one solution proving many hidden figures safe at once
# while each such solve proves at least this many; the rest are solved one by one.
EXPLORE_AT_LEAST = 3


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


class System:
    """Figures (nodes) tied by lines, with the rows rules 3 and 4 apply to."""

    def __init__(self):
        self.counts, self.keys = [], []
        self.lines, self.rows = [], []  # rows: (cells, total, additive)

    def add_table(self, table, shared_totals_row=None):
        """Add ``table``'s figures (its totals row may be existing nodes) and return its
        (R+1) × (C+1) matrix of node ids."""
        matrix = table.matrix()
        rows, columns = table.shape
        ids = []
        for r, line in enumerate(matrix):
            if r == rows and shared_totals_row is not None:
                ids.append(list(shared_totals_row))
                continue
            row_ids = []
            for c, value in enumerate(line):
                row_ids.append(len(self.counts))
                self.counts.append(value)
                self.keys.append(table.keys[r][c])
            ids.append(row_ids)
        for r in range(rows + 1):
            self.rows.append((ids[r][:-1], ids[r][-1], table.additive_rows))
            if table.additive_rows:
                self.lines.append(ids[r])
        for c in range(columns + 1):
            self.lines.append([ids[r][c] for r in range(rows + 1)])
        return ids

    def published_values(self):
        """Rule 1: every figure perturbed by its cell key, no cell above its row's base."""
        values = [perturb(n, key) for n, key in zip(self.counts, self.keys, strict=True)]
        for cells, total, _additive in self.rows:
            for node in cells:
                values[node] = min(values[node], values[total])
        return values

    def protect(self, k):
        """Apply rules 1 to 5; return ``(values, hidden nodes)``."""
        values = self.published_values()
        hidden = {node for node, value in enumerate(values) if is_small(value, k)}
        for cells, total, additive in self.rows:
            if len(cells) > 1 and _is_unanimous([self.counts[n] for n in cells], self.counts[total], additive):
                hidden.add(total)
        self._hide_rows_without_base(hidden)
        self._protect_intervals(values, hidden, k)
        return values, hidden

    def _hide_rows_without_base(self, hidden):
        for cells, total, _additive in self.rows:
            if total in hidden:
                hidden.update(cells)

    def _protect_intervals(self, values, hidden, k):
        """Rule 5."""
        lines_of = {}
        for index, line in enumerate(self.lines):
            for node in line:
                lines_of.setdefault(node, []).append(index)
        attacker = None
        safe = set()  # hidden figures proven protected: hiding more only widens their bounds
        while hidden:
            low, high = attacker_bounds(values, hidden, self.lines)
            weak = [node for node in sorted(hidden) if possible_values(low[node], high[node]) < self._needed(node, k)]
            if not weak:
                attacker = attacker or ExactAttacker(values, hidden, self.lines, self.counts)
                attacker.hide(hidden)
                weak = self._weak_by_linear_programming(attacker, hidden, k, safe)
            complements = self._complements(weak, values, hidden, low, high, lines_of)
            if not complements:
                return
            hidden.update(complements)
            self._hide_rows_without_base(hidden)

    def _needed(self, node, k):
        """How many possible values a hidden figure must keep: k for a small one (zero
        included: a hidden zero must not be known to be zero, or a unanimous row would
        be), 2 for a figure of k or more hidden only to protect others (it must not be
        recomputed exactly, and it tells nothing about a small group)."""
        return k if self.counts[node] < k else 2

    def _weak_by_linear_programming(self, attacker, hidden, k, safe):
        """The hidden figures that linear programming over every line at once narrows
        to fewer than the values they need; the others are added to ``safe``. The
        line-by-line bounds cannot prove a figure safe: they are never narrower than
        the exact ones, and often wider."""
        unproven = self._unproven(attacker, hidden - safe, k)
        if len(unproven) > EXPLORE_AT_LEAST:
            attacker.explore(unproven, highest=False)
        while len(unproven) > EXPLORE_AT_LEAST:
            attacker.explore(unproven)
            left = self._unproven(attacker, unproven, k)
            if len(unproven) - len(left) < EXPLORE_AT_LEAST:
                unproven = left
                break
            unproven = left
        weak = []
        for node in unproven:
            needed = self._needed(node, k)
            if attacker.seen_possible(node) >= needed or attacker.possible(node, needed):
                safe.add(node)
            else:
                weak.append(node)
        return weak

    def _unproven(self, attacker, nodes, k):
        return [node for node in sorted(nodes) if attacker.seen_possible(node) < self._needed(node, k)]

    def _complements(self, weak, values, hidden, low, high, lines_of):
        """The figures to hide in one pass for the narrowed hidden figures ``weak``: one
        complement each, except for a figure one of whose lines already gets one in this
        pass (the next pass judges it again with that complement hidden)."""
        chosen, touched = set(), set()
        for node in weak:
            if touched.intersection(lines_of.get(node, ())):
                continue
            complement = self._complement(node, values, hidden, low, high, lines_of)
            if complement is not None:
                chosen.add(complement)
                touched.update(lines_of.get(complement, ()))
        return chosen

    def _complement(self, node, values, hidden, low, high, lines_of):
        """The figure to hide for a narrowed hidden ``node``: in the line that bounds
        it most tightly, the smallest positive published cell, else a published zero
        cell, else the published total. When every figure of its lines is hidden, the
        search goes on through the lines of those hidden figures (what bounds them
        bounds ``node``), nearest first."""
        seen_lines, frontier, seen_nodes = set(), [node], {node}
        while frontier:
            candidates, following = [], []
            for current in frontier:
                for index in lines_of.get(current, ()):
                    if index in seen_lines:
                        continue
                    seen_lines.add(index)
                    *cells, total = self.lines[index]
                    choice = _choose_complement(current, cells, total, values, hidden)
                    if choice is not None:
                        candidates.append((_line_width(current, self.lines[index], low, high), index, choice))
                    following.extend(n for n in self.lines[index] if n in hidden and n not in seen_nodes)
                    seen_nodes.update(self.lines[index])
            if candidates:
                return min(candidates)[2]
            frontier = following
        return None


def _choose_complement(node, cells, total, values, hidden):
    published = [n for n in cells if n not in hidden and n != node]
    positive = [n for n in published if values[n] > 0]
    if positive:
        return min(positive, key=lambda n: (values[n], n))
    if published:
        return min(published)
    return total if total not in hidden and total != node else None


def _line_width(node, line, low, high):
    *cells, total = line
    others = [n for n in cells if n != node]
    if node == total:
        return sum(high[n] for n in cells) - sum(low[n] for n in cells)
    return high[total] - low[total] + sum(high[n] - low[n] for n in others)


def _is_unanimous(cells, base, additive):
    """Everyone of the row gave the same answer: one positive cell (single choice), or
    an option chosen by every person of the base (multiple choice)."""
    if base <= 0:
        return False
    if additive:
        return sum(1 for value in cells if value > 0) == 1
    return any(value >= base for value in cells)


def _publish(table, ids, values, hidden, k):
    rows, columns = table.shape

    def figure(r, c):
        node = ids[r][c]
        return None if node in hidden else values[node]

    return Published(
        cells=tuple(tuple(figure(r, c) for c in range(columns)) for r in range(rows)),
        row_totals=tuple(figure(r, columns) for r in range(rows)),
        column_totals=tuple(figure(rows, c) for c in range(columns)),
        grand_total=figure(rows, columns),
        k=k,
    )


def suppress(table, k):
    """Protect one stand-alone table (a demographic breakdown, a panel) and publish it."""
    system = System()
    ids = system.add_table(table)
    values, hidden = system.protect(k)
    return _publish(table, ids, values, hidden, k)


def suppress_breakdowns(tables, k):
    """Protect the breakdowns of one question in one area by several features together:
    when two features cover the same people, their totals rows are the same figures (the
    same counts and cell keys), shared as one set of nodes, so that the groups of one
    feature cannot be differenced against those of another. Returns the published tables."""
    system = System()
    shared = {}
    ids = []
    for table in tables:
        signature = (tuple(table.matrix()[-1]), table.keys[-1])
        ids.append(system.add_table(table, shared_totals_row=shared.get(signature)))
        shared.setdefault(signature, ids[-1][-1])
    values, hidden = system.protect(k)
    return [_publish(table, table_ids, values, hidden, k) for table, table_ids in zip(tables, ids, strict=True)]


def suppress_linked_tables(top, parts, k):
    """Protect a table of parts (``top``: regions of the world) together with each
    part's own table (``parts[i]``: the countries of region i, whose totals row is row i
    of ``top``: the same figures) as one system. Returns ``(published top, [published
    part, ...])``."""
    system = System()
    top_ids = system.add_table(top)
    part_ids = [system.add_table(part, shared_totals_row=top_ids[i]) for i, part in enumerate(parts)]
    values, hidden = system.protect(k)
    published_parts = [_publish(part, ids, values, hidden, k) for part, ids in zip(parts, part_ids, strict=True)]
    return _publish(top, top_ids, values, hidden, k), published_parts


def linked_top(parts):
    """The table of parts whose row i is the totals row of ``parts[i]`` (counts and keys)."""
    additive = all(part.additive_rows for part in parts)
    return Table.from_cells(
        [part.column_totals for part in parts],
        keys=[part.keys[-1][:-1] for part in parts],
        row_totals=None if additive else [part.grand_total for part in parts],
        row_keys=None if additive else [part.keys[-1][-1] for part in parts],
    )

"""What an outsider can tell of each figure of a system of tables from the published
figures (disclosure.py's rule 5): bounds narrowed line by line (``attacker_bounds``),
and the exact bounds of linear programming over every line at once (``ExactAttacker``)
for the figures the first cannot prove safe."""

import math

import numpy

from .perturbation import margin

INFINITY = float("inf")
# HiGHS options. Without presolve: the models are small (a few hundred figures) and
# solved hundreds of times per country with a new objective each time, so presolving
# them anew on every run cost more than it saved (a national report's breakdowns took
# about a third less CPU time without it; the optima, hence the published figures,
# are the same).
SOLVER_OPTIONS = {"output_flag": False, "presolve": "off"}
MAX_PASSES = 30


def possible_values(low, high):
    """How many positive values lie in [low, high]."""
    return high - max(low, 1) + 1


def attacker_bounds(values, hidden, lines):
    """What an outsider holding every published figure can tell of each figure: a
    published one is within ``margin`` of its value (at least 1 when positive), a hidden
    one anything from 0 up; each line (total = sum of its cells) narrows the bounds of
    its figures, pass after pass, until nothing changes. Returns ``(low, high)`` lists."""
    low, high = [], []
    for node, value in enumerate(values):
        if node in hidden:
            low.append(0)
            high.append(INFINITY)
        else:
            published_low, published_high = _published_range(value)
            low.append(published_low)
            high.append(published_high)
    for _ in range(MAX_PASSES):
        changed = False
        for line in lines:
            changed |= _narrow(line, low, high)
        if not changed:
            break
    return low, high


def _narrow(line, low, high):
    *cells, total = line
    sum_low = sum(low[n] for n in cells)
    unbounded = sum(1 for n in cells if high[n] == INFINITY)
    finite_high = sum(high[n] for n in cells if high[n] != INFINITY)
    changed = False
    if sum_low > low[total]:
        low[total], changed = sum_low, True
    if not unbounded and finite_high < high[total]:
        high[total], changed = finite_high, True
    for n in cells:
        others_unbounded = unbounded - (high[n] == INFINITY)
        others_high = INFINITY if others_unbounded else finite_high - (0 if high[n] == INFINITY else high[n])
        new_low = low[total] - others_high
        new_high = high[total] - (sum_low - low[n])
        if new_low > low[n]:
            low[n], changed = new_low, True
        if new_high < high[n]:
            high[n], changed = new_high, True
    return changed


class ExactAttacker:
    """The linear-programming attacker of one system (every line at once, the bounds of
    every published figure), kept as one HiGHS model while hiding grows: hiding a figure
    only widens its bounds, so the model is updated, never rebuilt.

    Every solution the solver returns is a set of values the outsider cannot rule out,
    so each widens the *seen* range of every figure, starting from the true counts. A
    figure whose seen range already leaves enough values is safe without solving for it:
    the exact range can only be wider. ``explore`` looks for such solutions for many
    figures at once (the highest or the lowest sum of them)."""

    def __init__(self, values, hidden, lines, counts):
        # HiGHS (the solver SciPy uses) is imported here, not at the top: only systems
        # with hidden figures need it.
        import highspy

        self._highspy = highspy
        self._solver = highspy.Highs()
        for option, value in SOLVER_OPTIONS.items():
            self._solver.setOptionValue(option, value)
        self._hidden = set()
        self._objective = []
        for value in values:
            self._solver.addVar(*_published_range(value))
        for line in lines:
            self._solver.addRow(0, 0, len(line), line, [1.0] * (len(line) - 1) + [-1.0])
        self._seen_low = numpy.array(counts, dtype=float)
        self._seen_high = numpy.array(counts, dtype=float)
        self.hide(hidden)

    def hide(self, nodes):
        for node in set(nodes) - self._hidden:
            self._solver.changeColBounds(node, 0, self._highspy.kHighsInf)
            self._hidden.add(node)

    def seen_possible(self, node):
        return possible_values(int(self._seen_low[node]), self._seen_high[node])

    def explore(self, nodes, highest=True):
        """Widen the seen ranges of ``nodes`` with the solution of the highest (else the
        lowest) sum of them."""
        sense = self._highspy.ObjSense.kMaximize if highest else self._highspy.ObjSense.kMinimize
        self._optimum(nodes, sense)

    def possible(self, node, needed):
        """Whether the attacker leaves ``node`` at least ``needed`` positive values.
        The highest value is solved first; the lowest only when the lowest seen so far
        (never below the exact one) is not enough."""
        high = self._optimum([node], self._highspy.ObjSense.kMaximize)
        high = high if high == INFINITY else math.floor(high + TOLERANCE)
        if possible_values(int(self._seen_low[node]), high) >= needed:
            return True
        low = math.ceil(self._optimum([node], self._highspy.ObjSense.kMinimize) - TOLERANCE)
        return possible_values(low, high) >= needed

    def _optimum(self, nodes, sense):
        if self._objective != nodes:
            self._set_costs(self._objective, 0.0)
            self._set_costs(nodes, 1.0)
            self._objective = list(nodes)
        self._solver.changeObjectiveSense(sense)
        self._solver.run()
        status = self._solver.getModelStatus()
        if status == self._highspy.HighsModelStatus.kUnbounded:
            return INFINITY
        if status != self._highspy.HighsModelStatus.kOptimal:
            raise ArithmeticError(f"the disclosure model could not be solved: {status}")
        solution = numpy.asarray(self._solver.getSolution().col_value)
        numpy.minimum(self._seen_low, numpy.ceil(solution - TOLERANCE), out=self._seen_low)
        numpy.maximum(self._seen_high, numpy.floor(solution + TOLERANCE), out=self._seen_high)
        return self._solver.getInfo().objective_function_value

    def _set_costs(self, nodes, cost):
        if nodes:
            indices = numpy.array(nodes, dtype=numpy.int32)
            self._solver.changeColsCost(len(indices), indices, numpy.full(len(indices), cost))


TOLERANCE = 1e-6


def _published_range(value):
    """What a published figure tells of its true count (the perturbation table is
    public): within ``margin`` of it, at least 1 when positive, exactly 0 for 0."""
    if not value:
        return 0, 0
    return max(1, value - margin(value)), value + margin(value)

"""What an outsider can tell of each figure of a system of tables from the published
figures (disclosure.py's rule 5): bounds narrowed line by line (``attacker_bounds``),
and the exact bounds of linear programming over every line at once (``ExactAttacker``)
for the figures the first cannot prove safe."""

import math

from .perturbation import margin

INFINITY = float("inf")
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
    the exact range can only be wider."""

    def __init__(self, values, hidden, lines, counts):
        # HiGHS (the solver SciPy uses) is imported here, not at the top: only systems
        # with hidden figures need it.
        import highspy

        self._highspy = highspy
        self._solver = highspy.Highs()
        self._solver.setOptionValue("output_flag", False)
        self._hidden = set()
        self._objective = None
        for value in values:
            self._solver.addVar(*_published_range(value))
        for line in lines:
            self._solver.addRow(0, 0, len(line), line, [1.0] * (len(line) - 1) + [-1.0])
        self.seen_low = list(counts)
        self.seen_high = list(counts)
        self.hide(hidden)

    def hide(self, nodes):
        for node in set(nodes) - self._hidden:
            self._solver.changeColBounds(node, 0, self._highspy.kHighsInf)
            self._hidden.add(node)

    def seen_possible(self, node):
        return possible_values(self.seen_low[node], self.seen_high[node])

    def possible(self, node):
        """How many positive values the attacker leaves for ``node``."""
        bounds = [self._optimum(node, sense) for sense in (self._highspy.ObjSense.kMinimize,
                                                           self._highspy.ObjSense.kMaximize)]
        return possible_values(math.ceil(bounds[0] - TOLERANCE), bounds[1] if bounds[1] == INFINITY
                               else math.floor(bounds[1] + TOLERANCE))

    def _optimum(self, node, sense):
        if self._objective != node:
            if self._objective is not None:
                self._solver.changeColCost(self._objective, 0.0)
            self._solver.changeColCost(node, 1.0)
            self._objective = node
        self._solver.changeObjectiveSense(sense)
        self._solver.run()
        status = self._solver.getModelStatus()
        if status == self._highspy.HighsModelStatus.kUnbounded:
            return INFINITY
        if status != self._highspy.HighsModelStatus.kOptimal:
            raise ArithmeticError(f"the disclosure model could not be solved: {status}")
        self._remember(self._solver.getSolution().col_value)
        return self._solver.getInfo().objective_function_value

    def _remember(self, solution):
        for node, value in enumerate(solution):
            low, high = math.ceil(value - TOLERANCE), math.floor(value + TOLERANCE)
            if low < self.seen_low[node]:
                self.seen_low[node] = low
            if high > self.seen_high[node]:
                self.seen_high[node] = high


TOLERANCE = 1e-6


def _published_range(value):
    """What a published figure tells of its true count (the perturbation table is
    public): within ``margin`` of it, at least 1 when positive, exactly 0 for 0."""
    if not value:
        return 0, 0
    return max(1, value - margin(value)), value + margin(value)

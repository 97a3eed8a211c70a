"""What an outsider can tell of each figure of a system of tables from the published
figures (disclosure.py's rule 5): bounds narrowed line by line (``attacker_bounds``),
and the exact bounds of linear programming over every line at once (``exact_possible``),
for the few figures the first leaves near the limit."""

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
            low.append(max(1, value - margin(value)) if value else 0)
            high.append(value + margin(value))
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


def exact_possible(node, values, hidden, lines):
    """How many positive values a linear-programming attacker (every line at once,
    the bounds of every published figure) leaves for ``node``: the exact bounds the
    line-by-line narrowing of ``attacker_bounds`` may miss by a little."""
    # HiGHS (the solver SciPy uses) is imported here, not at the top: it is only
    # needed for the few borderline figures.
    import highspy

    solver = highspy.Highs()
    solver.setOptionValue("output_flag", False)
    infinity = highspy.kHighsInf
    for n, value in enumerate(values):
        low, high = (0, infinity) if n in hidden else ((max(1, value - margin(value)) if value else 0),
                                                    value + margin(value))
        solver.addVar(low, high)
    for line in lines:
        members = [*line[:-1], line[-1]]
        solver.addRow(0, 0, len(members), members, [1.0] * (len(members) - 1) + [-1.0])
    bounds = []
    for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
        solver.changeColCost(node, 1.0)
        solver.changeObjectiveSense(sense)
        solver.run()
        if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return INFINITY
        bounds.append(solver.getInfo().objective_function_value)
    return possible_values(math.ceil(bounds[0] - 1e-6), math.floor(bounds[1] + 1e-6))

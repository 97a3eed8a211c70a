"""The cell key method: consistent perturbation of published counts (the method of the
UK 2021 Census and the ABS TableBuilder; see docs/disclosure.md).

Every stored record that a count is made of (a table's count for one option, a seat's
ballot, a table's people present, a selected registrant) carries a random *record key*
from 0 to 255, drawn when the row is written and never shown (``record_key`` columns,
``wetheinternet.core.record_keys.new_record_key``). The *cell key* of a count is the sum
of the keys of its records modulo 256, so

- the same set of records always has the same cell key, hence the same noise, in every
  table, product and release that shows it (a region's row of the world table and the
  totals row of the region's own table are one figure, published once);
- a cell key of an area is the sum of its parts' cell keys (modulo 256), so the database
  adds keys up in the same GROUP BY that adds the counts;
- keys of different sets of records are independent and uniform, so the difference
  between two published figures (world minus its regions, a region before and after a
  table reported) is the true difference plus noise nobody outside can remove.

The noise comes from the perturbation table ``PTABLE``: a count n ≥ 1 is published as
n + d, with d between −MAX_PERTURBATION and +MAX_PERTURBATION chosen by the cell key
(zero stays zero, and a positive count never becomes zero or negative)."""

KEY_SPACE = 256
MAX_PERTURBATION = 3
# Weights of the noise d = 0, −1, +1, −2, +2, −3, +3 out of 256 cell keys: symmetric
# (no bias), the most weight on small changes, every change up to ±3 possible.
_WEIGHTS = {0: 64, -1: 48, 1: 48, -2: 32, 2: 32, -3: 16, 3: 16}


def _row(count):
    """The noise for each of the 256 cell keys for a count of ``count`` (≥ 1): the
    weights restricted to changes that keep the count ≥ 1, spread over the keys in
    proportion, +d and −d on as many keys each (so the noise is unbiased) and the
    rounding left to no change (so a count of 1 is never changed, 2 by at most 1, ...)."""
    allowed = [d for d in _WEIGHTS if -(count - 1) <= d <= count - 1]
    total = sum(_WEIGHTS[d] for d in allowed)
    shares = {d: round(KEY_SPACE * _WEIGHTS[d] / total) for d in allowed if d}
    shares[0] = KEY_SPACE - sum(shares.values())
    row = []
    for d in allowed:
        row.extend([d] * shares[d])
    return tuple(row)


PTABLE = tuple(_row(count) for count in range(1, MAX_PERTURBATION + 2))


def perturb(count, cell_key):
    """The published value of a count whose records' keys sum to ``cell_key``."""
    if count <= 0:
        return 0
    row = PTABLE[min(count, MAX_PERTURBATION + 1) - 1]
    return count + row[cell_key % KEY_SPACE]


def margin(published):
    """How far the true count may be from a published one: 0 for a published zero (only
    a true zero is published as zero), MAX_PERTURBATION otherwise."""
    return 0 if published == 0 else MAX_PERTURBATION

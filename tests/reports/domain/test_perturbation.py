"""The perturbation table: unbiased, bounded, never turning a count into zero, and the
same noise for the same cell key."""

from hypothesis import given
from hypothesis import strategies as st

from reports.domain.perturbation import KEY_SPACE, MAX_PERTURBATION, PTABLE, margin, perturb


def test_every_row_of_the_table_covers_every_cell_key_and_is_unbiased():
    for row in PTABLE:
        assert len(row) == KEY_SPACE
        assert sum(row) == 0
        assert all(row.count(d) == row.count(-d) for d in set(row))


def test_a_count_of_one_is_never_changed_and_zero_stays_zero():
    assert {perturb(1, key) for key in range(KEY_SPACE)} == {1}
    assert {perturb(0, key) for key in range(KEY_SPACE)} == {0}


def test_large_counts_get_every_change_up_to_the_maximum():
    assert {perturb(100, key) - 100 for key in range(KEY_SPACE)} == set(range(-MAX_PERTURBATION, MAX_PERTURBATION + 1))


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_perturbed_counts_stay_positive_within_the_margin_and_depend_only_on_count_and_key(count, key):
    value = perturb(count, key)

    assert value == perturb(count, key + KEY_SPACE)
    assert abs(value - count) <= margin(value)
    assert (value == 0) == (count == 0)

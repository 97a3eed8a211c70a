"""The small-number rule shared by conduct's public statistics and the reports."""

from wetheinternet.core.disclosure import hide_small_counts, is_small


def test_is_small_between_one_and_k_minus_one():
    assert [is_small(count, 5) for count in [0, 1, 4, 5, 12]] == [False, True, True, False, False]


def test_one_small_count_hides_the_smallest_other_positive_count():
    assert hide_small_counts([12, 0, 3, 7, 7], 5) == {2, 3}


def test_two_small_counts_need_no_complement():
    assert hide_small_counts([12, 2, 3, 7], 5) == {1, 2}


def test_one_small_count_and_only_zeros_hides_just_it():
    assert hide_small_counts([0, 3, 0], 5) == {1}


def test_no_small_count_hides_nothing():
    assert hide_small_counts([0, 5, 9], 5) == set()

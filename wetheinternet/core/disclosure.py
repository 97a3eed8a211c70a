"""The small-number rule every published count obeys, in one place below the apps:
conduct's public statistics and the reports' disclosure control (which adds
perturbation and protection intervals across linked tables, docs/disclosure.md) both
decide "too small to show" and "hide one more so the total does not give it away" here."""


def is_small(count, k):
    """A count of 1 to k-1 people: never shown. Zero is shown (it tells of nobody)."""
    return 0 < count < k


def hide_small_counts(counts, k):
    """The positions of ``counts`` to hide when they add up to a shown total: every small
    count, and when that hides only one, the smallest other positive count too (else the
    total minus the shown counts would give the hidden one away)."""
    hidden = {position for position, count in enumerate(counts) if is_small(count, k)}
    if len(hidden) == 1:
        shown = [position for position, count in enumerate(counts) if position not in hidden and count > 0]
        if shown:
            hidden.add(min(shown, key=lambda position: (counts[position], position)))
    return hidden

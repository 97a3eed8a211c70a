"""Figures about cases: per case and totals for the conduct team, and the public
yearly statistics (anonymous, with the small-number rule)."""

import statistics
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count

from wetheinternet.core.disclosure import hide_small_counts, is_small

from ...enums import CaseState, LadderStep
from ...models import CaseStatistic, Decision, Incident


def median_seconds(values):
    values = [value for value in values if value is not None]
    return statistics.median(values) if values else None


def handling_times(incidents):
    """Median and mean time to acknowledge and to close, in seconds, over ``incidents``."""
    acknowledge = [_seconds(incident.time_to_acknowledge) for incident in incidents]
    close = [_seconds(incident.time_to_resolve) for incident in incidents]
    return {
        "median_acknowledge": median_seconds(acknowledge),
        "median_close": median_seconds(close),
        "acknowledged": sum(value is not None for value in acknowledge),
        "closed": sum(value is not None for value in close),
    }


def _seconds(delta):
    return delta.total_seconds() if delta is not None else None


def counts_by_state(queryset=None):
    """``{state: count}`` for every state, zeros included (the only view organiser
    staff without a conduct role have of the cases)."""
    queryset = Incident.objects.all() if queryset is None else queryset
    counts = dict(queryset.values_list("state").annotate(count=Count("id")).values_list("state", "count"))
    return [(label, counts.get(value, 0)) for value, label in CaseState.choices]


@dataclass
class PublicFigure:
    label: str
    count: int | None  # None: hidden by the small-number rule
    hidden: bool


def _figure(label, count, hidden):
    return PublicFigure(label=label, count=None if hidden else count, hidden=hidden)


def public_group(labelled_counts, k):
    """The figures of a group of counts adding up to a shown total, small ones hidden
    with their complement (``wetheinternet.core.disclosure``)."""
    hidden = hide_small_counts([count for _label, count in labelled_counts], k)
    return [_figure(label, count, i in hidden) for i, (label, count) in enumerate(labelled_counts)]


def yearly_statistics(year, k=None):
    """The public figures for cases received in ``year``: cases by state, by ladder
    step, and median times; live cases and those already reduced to statistics both
    count. No count between 1 and k-1 is shown; medians only over at least k cases."""
    k = k or settings.CONDUCT_STATISTICS_MIN_COUNT
    live = Incident.objects.filter(created_at__year=year)
    reduced = CaseStatistic.objects.filter(year=year)
    by_state = {value: 0 for value in CaseState.values}
    for state, count in live.values_list("state").annotate(count=Count("id")).values_list("state", "count"):
        by_state[state] += count
    for state, count in reduced.values_list("final_state").annotate(count=Count("id")).values_list("final_state", "count"):
        by_state[state] = by_state.get(state, 0) + count
    by_step = {value: 0 for value in LadderStep.values}
    steps = Decision.objects.filter(incident__created_at__year=year).values_list("step").annotate(count=Count("id"))
    for step, count in steps.values_list("step", "count"):
        by_step[step] += count
    for step, count in reduced.exclude(ladder_step="").values_list("ladder_step").annotate(count=Count("id")).values_list("ladder_step", "count"):
        by_step[step] = by_step.get(step, 0) + count
    live_cases = list(live.only("created_at", "acknowledged_at", "closed_at"))
    all_ack = [*reduced.exclude(seconds_to_acknowledge=None).values_list("seconds_to_acknowledge", flat=True),
               *(_seconds(case.time_to_acknowledge) for case in live_cases if case.acknowledged_at)]
    all_close = [*reduced.exclude(seconds_to_close=None).values_list("seconds_to_close", flat=True),
                 *(_seconds(case.time_to_resolve) for case in live_cases if case.closed_at)]
    total = sum(by_state.values())
    return {
        "year": year,
        "k": k,
        "total": _figure("", total, is_small(total, k)),
        "by_state": public_group([(CaseState(value).label, count) for value, count in by_state.items()], k),
        "by_step": public_group([(LadderStep(value).label, count) for value, count in by_step.items()], k),
        "median_acknowledge_hours": _hours(median_seconds(all_ack)) if len(all_ack) >= k else None,
        "median_close_days": _days(median_seconds(all_close)) if len(all_close) >= k else None,
    }


def _hours(seconds):
    return round(seconds / 3600, 1) if seconds is not None else None


def _days(seconds):
    return round(seconds / 86400, 1) if seconds is not None else None


def years_with_cases():
    live = {date.year for date in Incident.objects.dates("created_at", "year")}
    reduced = set(CaseStatistic.objects.values_list("year", flat=True).distinct())
    return sorted(live | reduced, reverse=True)

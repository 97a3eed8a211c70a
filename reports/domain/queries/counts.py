"""Raw counts from the database, grouped by country (GROUP BY in SQL over the stored
JSON, see results/domain/storage.py; Python only sums
the grouped rows up to regions and the world). Only what reports may read: current,
non-rejected submissions (or those of a release). Every count comes with the sum of its
rows' record keys, from which disclosure control takes its cell key (a sum, so it adds
up to regions and the world like the counts)."""

import functools
from collections import defaultdict
from contextlib import contextmanager

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Sum

from results.domain import storage


@contextmanager
def grouping_memory():
    """Let PostgreSQL group a million rows in memory (a hash) rather than sort on disk."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL work_mem = '128MB'")
        yield


def counted_submissions(dialogue, release=None):
    """The submissions figures are made of: those of ``release``, or the counted ones now."""
    from results.models import ResultSubmission

    if release is not None:
        return ResultSubmission.objects.filter(releases=release)
    return ResultSubmission.objects.counted().filter(topic__dialogue=dialogue)


# A release's counts never change: its grouped counts are computed once (by the worker
# that warms the open data when the release is made) and shared through the cache by
# every cube built for that release. Five megabytes at the 2020 scale.
RELEASE_COUNTS_SECONDS = 30 * 24 * 3600


def release_signature(release):
    """What identifies a release's content in the cache: its id, time and the ids of
    its submissions (ids can be used again after a rollback, e.g. in tests)."""
    from results.models import ResultSubmission

    submissions = ResultSubmission.objects.filter(releases=release).aggregate(n=Count("id"), ids=Sum("id"))
    return f"{release.pk}:{release.released_at.timestamp()}:{submissions['n']}:{submissions['ids']}"


def once_per_release(compute):
    """Cache ``compute(dialogue, release=..., countries=None)`` per release; live counts
    (no release) and counts of some countries only are computed each time."""

    @functools.wraps(compute)
    def counts_of(dialogue, *, release=None, countries=None):
        if release is None or countries is not None:
            return compute(dialogue, release=release, countries=countries)
        key = f"reports:counts:{compute.__name__}:{release_signature(release)}"
        value = cache.get(key)
        if value is None:
            value = compute(dialogue, release=release)
            cache.set(key, value, RELEASE_COUNTS_SECONDS)
        return value

    return counts_of


@once_per_release
def option_totals(dialogue, *, release=None, countries=None):
    """``{(country, question_id, option_id or None): (count, key sum)}`` from the stored
    counts (both entry modes; counts of zero carry no record)."""
    with grouping_memory():
        return storage.option_totals(counted_submissions(dialogue, release), countries)


def people_present(dialogue, release=None):
    """``{(country, topic_id): (people present, tables reporting, key sum)}``."""
    rows = (
        counted_submissions(dialogue, release)
        .values_list("table__site__country", "topic_id")
        .annotate(people=Sum("people_present"), tables=Count("id"), keys=Sum("record_key"))
        .order_by()
    )
    return {(country, topic): (people, tables, keys) for country, topic, people, tables, keys in rows}


@once_per_release
def group_answers(dialogue, *, release=None, countries=None):
    """Ballot answers by demographic category:
    ``{(country, question_id, option_id, category_id): (count, key sum)}``. Only tables
    that voted by ballot have these; each ballot carries the seat's categories."""
    with grouping_memory():
        return storage.group_answers(counted_submissions(dialogue, release), countries)


@once_per_release
def group_sizes(dialogue, *, release=None, countries=None):
    """People covered by breakdowns: ``{(country, topic_id, category_id): (ballots, key sum)}``."""
    return storage.group_sizes(counted_submissions(dialogue, release), countries)


def sum_by(mapping, key):
    """Sum a grouped mapping of ``(count, key sum)`` pairs after re-keying each key with
    ``key`` (None drops it)."""
    totals = defaultdict(lambda: (0, 0))
    for old, (count, keys) in mapping.items():
        new = key(old)
        if new is not None:
            total = totals[new]
            totals[new] = (total[0] + count, total[1] + keys)
    return dict(totals)

"""Raw counts from the database, grouped by country (GROUP BY in SQL over the stored
JSON, see results/domain/storage.py; Python only sums
the grouped rows up to regions and the world). Only what reports may read: current,
non-rejected submissions (or those of a release). Every count comes with the sum of its
rows' record keys, from which disclosure control takes its cell key (a sum, so it adds
up to regions and the world like the counts)."""

from collections import defaultdict
from contextlib import contextmanager

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


def group_answers(dialogue, *, release=None, countries=None):
    """Ballot answers by demographic category:
    ``{(country, question_id, option_id, category_id): (count, key sum)}``. Only tables
    that voted by ballot have these; each ballot carries the seat's categories."""
    with grouping_memory():
        return storage.group_answers(counted_submissions(dialogue, release), countries)


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

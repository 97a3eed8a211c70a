"""Raw counts from the database, grouped by country (GROUP BY in SQL; Python only sums
the grouped rows up to regions and the world). Only what reports may read: current,
non-rejected submissions (or those of a release). Every count comes with the sum of its
rows' record keys, from which disclosure control takes its cell key (a sum, so it adds
up to regions and the world like the counts)."""

from collections import defaultdict
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import Count, Q, Sum

COUNTRY = "submission__table__site__country"


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
    """``{(country, question_id, option_id or None): (count, key sum)}`` from OptionCount
    (both entry modes; rows of a zero count carry no record)."""
    from results.models import OptionCount

    rows = OptionCount.objects.filter(submission__in=counted_submissions(dialogue, release))
    if countries is not None:
        rows = rows.filter(**{f"{COUNTRY}__in": list(countries)})
    rows = (
        rows.values_list(COUNTRY, "question_id", "option_id")
        .annotate(n=Sum("count"), keys=Sum("record_key", filter=Q(count__gt=0)))
        .order_by()
    )
    with grouping_memory():
        return {(country, question, option): (n, keys or 0) for country, question, option, n, keys in rows}


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
    from results.models import BallotAnswer

    prefix = "ballot__submission__table__site__country"
    rows = BallotAnswer.objects.filter(ballot__submission__in=counted_submissions(dialogue, release))
    if countries is not None:
        rows = rows.filter(**{f"{prefix}__in": list(countries)})
    rows = (
        rows.filter(ballot__categories__isnull=False)
        .values_list(prefix, "question_id", "option_id", "ballot__categories__category_id")
        .annotate(n=Count("id"), keys=Sum("ballot__record_key"))
        .order_by()
    )
    with grouping_memory():
        return {(country, question, option, category): (n, keys) for country, question, option, category, n, keys in rows}


def group_sizes(dialogue, *, release=None, countries=None):
    """People covered by breakdowns: ``{(country, topic_id, category_id): (ballots, key sum)}``."""
    from results.models import BallotCategory

    prefix = "ballot__submission__table__site__country"
    rows = BallotCategory.objects.filter(ballot__submission__in=counted_submissions(dialogue, release))
    if countries is not None:
        rows = rows.filter(**{f"{prefix}__in": list(countries)})
    rows = (
        rows.values_list(prefix, "ballot__submission__topic_id", "category_id")
        .annotate(n=Count("id"), keys=Sum("ballot__record_key"))
        .order_by()
    )
    return {(country, topic, category): (n, keys) for country, topic, category, n, keys in rows}


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

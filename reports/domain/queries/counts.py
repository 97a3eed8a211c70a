"""Raw counts from the database, grouped by country (GROUP BY in SQL; Python only sums
the grouped rows up to regions and the world). Only what reports may read: current,
non-rejected submissions."""

from collections import defaultdict
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import Count, Sum

COUNTRY = "submission__table__site__country"


@contextmanager
def grouping_memory():
    """Let PostgreSQL group a million rows in memory (a hash) rather than sort on disk."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL work_mem = '128MB'")
        yield


def counted_submissions(dialogue):
    from dialogues.models.results import ResultSubmission

    return ResultSubmission.objects.counted().filter(topic__dialogue=dialogue)


def option_totals(dialogue, *, countries=None):
    """``{(country, question_id, option_id or None): count}`` from OptionCount (both entry modes)."""
    from dialogues.models.results import OptionCount

    rows = OptionCount.objects.filter(submission__in=counted_submissions(dialogue))
    if countries is not None:
        rows = rows.filter(**{f"{COUNTRY}__in": list(countries)})
    rows = rows.values_list(COUNTRY, "question_id", "option_id").annotate(n=Sum("count")).order_by()
    with grouping_memory():
        return {(country, question, option): n for country, question, option, n in rows}


def people_present(dialogue):
    """``{(country, topic_id): (people present, tables reporting)}``."""
    rows = (
        counted_submissions(dialogue)
        .values_list("table__site__country", "topic_id")
        .annotate(people=Sum("people_present"), tables=Count("id"))
        .order_by()
    )
    return {(country, topic): (people, tables) for country, topic, people, tables in rows}


def group_answers(dialogue, *, countries=None):
    """Ballot answers by demographic category: ``{(country, question_id, option_id, category_id): count}``.
    Only tables that voted by ballot have these; each ballot carries the seat's categories."""
    from dialogues.models.results import BallotAnswer

    prefix = "ballot__submission__table__site__country"
    rows = BallotAnswer.objects.filter(ballot__submission__in=counted_submissions(dialogue))
    if countries is not None:
        rows = rows.filter(**{f"{prefix}__in": list(countries)})
    rows = (
        rows.filter(ballot__categories__isnull=False)
        .values_list(prefix, "question_id", "option_id", "ballot__categories__category_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    with grouping_memory():
        return {(country, question, option, category): n for country, question, option, category, n in rows}


def group_sizes(dialogue, *, countries=None):
    """People covered by breakdowns: ``{(country, topic_id, category_id): ballots}``."""
    from dialogues.models.results import BallotCategory

    prefix = "ballot__submission__table__site__country"
    rows = BallotCategory.objects.filter(ballot__submission__in=counted_submissions(dialogue))
    if countries is not None:
        rows = rows.filter(**{f"{prefix}__in": list(countries)})
    rows = rows.values_list(prefix, "ballot__submission__topic_id", "category_id").annotate(n=Count("id")).order_by()
    return {(country, topic, category): n for country, topic, category, n in rows}


def sum_by(mapping, key):
    """Sum a grouped mapping after re-keying each key with ``key`` (None drops it)."""
    totals = defaultdict(int)
    for old, value in mapping.items():
        new = key(old)
        if new is not None:
            totals[new] += value
    return dict(totals)

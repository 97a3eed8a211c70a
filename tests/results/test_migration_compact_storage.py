"""The move of counts and ballots into the submission's JSON columns loses nothing and
changes no figure. Results are written in the old shape (one row per count, ballot,
ballot answer and ballot category, with their record keys) at the migration before;
the reports' grouped figures are computed the way reports computed them then (GROUP BY
over those rows); the database is migrated; the same figures come out of the new shape.
The cube, the open data and the PDFs are made from exactly these grouped figures (and
the submissions' people present, which did not move), so equal figures with equal key
sums mean equal published numbers, noise included."""

import random

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Count, Q, Sum

from dialogues.enums import QuestionKind
from results.domain import storage
from results.models import ResultSubmission
from tests.factories.dialogues import OptionFactory, QuestionFactory, SiteFactory, TableFactory, TopicFactory
from tests.factories.registrations import CategoryFactory

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("results", "0002_tables_and_content_types")]


def _migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor


@pytest.fixture(autouse=True)
def back_to_the_latest_migrations():
    yield
    _migrate()


@pytest.fixture
def design():
    """Two countries' tables, a session with a single and a multiple choice question,
    and two demographic categories."""
    site_fr = SiteFactory(country="FR")
    dialogue = site_fr.partner.dialogue
    site_ke = SiteFactory(country="KE", partner__dialogue=dialogue)
    topic = TopicFactory(dialogue=dialogue)
    single = QuestionFactory(topic=topic, kind=QuestionKind.SINGLE_CHOICE, position=1)
    multiple = QuestionFactory(topic=topic, kind=QuestionKind.MULTIPLE_CHOICE, max_answers=2, position=2)
    options = {q.pk: [OptionFactory(question=q, position=n).pk for n in range(3)] for q in (single, multiple)}
    young = CategoryFactory(feature__dialogue=dialogue)
    older = CategoryFactory(feature=young.feature)
    tables = [TableFactory(site=site, number=n) for site in (site_fr, site_ke) for n in range(1, 5)]
    return {"topic": topic, "options": options, "categories": [young.pk, older.pk], "tables": tables}


def _write_legacy(apps, design):
    """Old-shape results: even tables by ballot (with categories on most seats), odd
    ones by show of hands; the last table's result was corrected (the first one stays,
    superseded); one result is rejected."""
    Submission, OptionCount = apps.get_model("results", "ResultSubmission"), apps.get_model("results", "OptionCount")
    Ballot, BallotAnswer = apps.get_model("results", "Ballot"), apps.get_model("results", "BallotAnswer")
    BallotCategory = apps.get_model("results", "BallotCategory")
    rng = random.Random(20)
    previous = None
    for index, table in enumerate(design["tables"] + design["tables"][-1:]):
        by_ballot = index % 2 == 0
        if index == len(design["tables"]):  # the correction of the last table's result
            Submission.objects.filter(pk=previous.pk).update(superseded_at="2020-10-01T12:30:00Z")
        previous = Submission.objects.create(
            replaces_id=previous.pk if index == len(design["tables"]) else None,
            table_id=table.pk, topic_id=design["topic"].pk, client_id=f"00000000-0000-4000-8000-{index:012d}",
            submitted_at="2020-10-01T12:00:00Z", people_present=6, entry_mode="ballots" if by_ballot else "counts",
            content_hash="legacy", state="rejected" if index == 3 else "confirmed", record_key=rng.randrange(256),
        )
        submission = previous
        totals = {}
        for seat in range(1, 7):
            ballot = None
            if by_ballot:
                ballot = Ballot.objects.create(submission_id=submission.pk, seat_number=seat, record_key=rng.randrange(256))
                for category in rng.sample(design["categories"], rng.randrange(2)) if seat != 6 else []:
                    BallotCategory.objects.create(ballot_id=ballot.pk, category_id=category)
            for question, options in design["options"].items():
                drawn = rng.choices([*options, None], k=2 if question == max(design["options"]) else 1)
                picks = sorted(set(drawn), key=lambda option: option or 0)
                picks = [p for p in picks if p is not None] or [None]
                for option in picks:
                    totals[(question, option)] = totals.get((question, option), 0) + 1
                    if ballot is not None:
                        BallotAnswer.objects.create(ballot_id=ballot.pk, question_id=question, option_id=option)
        for question, options in design["options"].items():
            for option in [*options, None]:
                OptionCount.objects.create(submission_id=submission.pk, question_id=question, option_id=option,
                                           count=totals.get((question, option), 0), record_key=rng.randrange(256))


def _legacy_figures(apps):
    """The grouped figures as reports/domain/queries/counts.py made them from the rows."""
    Submission, OptionCount = apps.get_model("results", "ResultSubmission"), apps.get_model("results", "OptionCount")
    BallotAnswer, BallotCategory = apps.get_model("results", "BallotAnswer"), apps.get_model("results", "BallotCategory")
    counted = Submission.objects.filter(superseded_at__isnull=True).exclude(state="rejected")
    country = "submission__table__site__country"
    totals = {
        (c, q, o): (n, keys or 0)
        for c, q, o, n, keys in OptionCount.objects.filter(submission__in=counted)
        .values_list(country, "question_id", "option_id")
        .annotate(n=Sum("count"), keys=Sum("record_key", filter=Q(count__gt=0))).order_by()
    }
    prefix = "ballot__submission__table__site__country"
    answers = {
        (c, q, o, g): (n, keys)
        for c, q, o, g, n, keys in BallotAnswer.objects.filter(ballot__submission__in=counted, ballot__categories__isnull=False)
        .values_list(prefix, "question_id", "option_id", "ballot__categories__category_id")
        .annotate(n=Count("id"), keys=Sum("ballot__record_key")).order_by()
    }
    sizes = {
        (c, t, g): (n, keys)
        for c, t, g, n, keys in BallotCategory.objects.filter(ballot__submission__in=counted)
        .values_list(prefix, "ballot__submission__topic_id", "category_id")
        .annotate(n=Count("id"), keys=Sum("ballot__record_key")).order_by()
    }
    rows = {
        "submissions": Submission.objects.count(),
        "count sum": OptionCount.objects.aggregate(n=Sum("count"))["n"],
        "counts": OptionCount.objects.count(),
        "ballots": apps.get_model("results", "Ballot").objects.count(),
        "answers": BallotAnswer.objects.count(),
        "categories": BallotCategory.objects.count(),
    }
    return totals, answers, sizes, rows


def _new_rows():
    submissions = list(ResultSubmission.objects.all())
    ballots = [ballot for s in submissions for ballot in s.ballots]
    return {
        "submissions": len(submissions),
        "count sum": sum(count for s in submissions for _q, _o, count in storage.count_rows(s)),
        "counts": sum(len(storage.count_rows(s)) for s in submissions),
        "ballots": len(ballots),
        "answers": sum(len(ballot["answers"]) for ballot in ballots),
        "categories": sum(len(ballot["categories"]) for ballot in ballots),
    }


def test_migration_keeps_every_count_ballot_and_figure(design):
    executor = _migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    _write_legacy(old_apps, design)
    totals, answers, sizes, rows = _legacy_figures(old_apps)

    _migrate()

    counted = ResultSubmission.objects.counted()
    assert _new_rows() == rows
    assert rows["answers"] > 0 and rows["categories"] > 0 and len(answers) > 0
    assert storage.option_totals(counted) == totals
    assert storage.group_answers(counted) == answers
    assert storage.group_sizes(counted) == sizes
    assert storage.option_totals(counted, countries=["KE"]) == {k: v for k, v in totals.items() if k[0] == "KE"}


def test_migrating_back_gives_the_rows_again(design):
    executor = _migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    _write_legacy(old_apps, design)
    before = _legacy_figures(old_apps)
    _migrate()

    executor = _migrate(BEFORE)

    assert _legacy_figures(executor.loader.project_state(BEFORE).apps) == before

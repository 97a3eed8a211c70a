from django.db.models import Sum

from dialogues.models.results import BallotCategory, OptionCount, ResultSubmission
from reports.domain.cube import Cube
from reports.enums import WORLD


def raw_total(dialogue, question, option):
    rows = OptionCount.objects.filter(
        submission__in=ResultSubmission.objects.counted().filter(topic__dialogue=dialogue), question=question, option=option
    )
    return rows.aggregate(n=Sum("count"))["n"] or 0


def test_cube_world_counts_are_the_sums_of_option_counts(tiny):
    cube = Cube(tiny)
    question = cube.questions[0]

    world = cube.figures[question.pk].get(WORLD)

    expected = [raw_total(tiny, question, column.option) for column in cube.figures[question.pk].columns]
    assert [count for count in world.counts if count is not None] == [
        value for value, count in zip(expected, world.counts, strict=True) if count is not None
    ]
    assert world.base == sum(expected)


def test_cube_leaves_out_rejected_results(tiny):
    question = Cube(tiny).questions[0]
    before = Cube(tiny).figures[question.pk].get(WORLD).base
    submission = ResultSubmission.objects.filter(topic=question.topic).first()
    removed = OptionCount.objects.filter(submission=submission, question=question).aggregate(n=Sum("count"))["n"]

    ResultSubmission.objects.filter(pk=submission.pk).update(state="rejected")

    assert Cube(tiny).figures[question.pk].get(WORLD).base == before - removed


def test_cube_breakdown_says_how_many_people_it_covers(tiny):
    cube = Cube(tiny)
    question = cube.questions[0]

    breakdown = cube.breakdowns(WORLD)[question.pk][0]

    ballots = BallotCategory.objects.filter(
        category__feature=breakdown.feature, ballot__submission__topic=question.topic,
        ballot__submission__in=ResultSubmission.objects.counted(),
    ).count()
    assert breakdown.covers == ballots


def test_cube_hides_every_count_under_k(tiny):
    cube = Cube(tiny)

    published = [
        count for figures in cube.figures.values() for row in figures.areas.values() for count in (*row.counts, row.base)
    ]

    assert all(count is None or count == 0 or count >= tiny.anonymity_threshold for count in published)
    assert None in published

"""The cube publishes the latest release's figures, perturbed by the cell key method.

Expected figures changed with the method: a published count is the release's true
count perturbed by the sum of its rows' record keys (so within 3 of the sum of option
counts), no longer the sum itself."""

from reports.domain.cube import Cube
from reports.domain.perturbation import perturb
from reports.domain.releases import latest_release, release_results
from reports.enums import WORLD
from results.models import ResultSubmission


def raw_total(release, question, option):
    """The release's true count of ``option`` and the sum of its counts' record keys
    (read from the stored JSON in Python, apart from the SQL the cube uses)."""
    n = keys = 0
    option = getattr(option, "pk", option)
    for counts in ResultSubmission.objects.filter(releases=release).values_list("counts", flat=True):
        for stored_option, count, key in counts.get(str(question.pk), []):
            if stored_option == option:
                n, keys = n + count, keys + (key if count > 0 else 0)
    return n, keys


def test_cube_world_counts_are_the_option_counts_perturbed_by_their_keys(tiny):
    cube = Cube(tiny)
    question = cube.questions[0]

    world = cube.figures[question.pk].get(WORLD)

    expected = [perturb(*raw_total(cube.release, question, column.option)) for column in cube.figures[question.pk].columns]
    assert [count for count in world.counts if count is not None] == [
        value for value, count in zip(expected, world.counts, strict=True) if count is not None
    ]
    assert any(count is not None for count in world.counts)


def test_cube_before_any_release_publishes_nothing(tiny):
    latest_release(tiny).delete()

    cube = Cube(tiny)

    assert cube.release is None
    assert all(not figures.areas for figures in cube.figures.values())
    assert cube.participation == {}


def test_cube_leaves_out_rejected_results_from_the_next_release_on(tiny, staff_user):
    question = Cube(tiny).questions[0]
    before = Cube(tiny).figures[question.pk].get(WORLD)
    submission = ResultSubmission.objects.filter(topic=question.topic).first()
    ResultSubmission.objects.filter(pk=submission.pk).update(state="rejected")

    unchanged = Cube(tiny).figures[question.pk].get(WORLD)
    release = release_results(tiny, by=staff_user)
    after = Cube(tiny).figures[question.pk].get(WORLD)

    assert unchanged == before
    assert not release.submissions.filter(pk=submission.pk).exists()
    true_base = sum(raw_total(release, question, column.option)[0] for column in Cube(tiny).figures[question.pk].columns)
    assert abs(after.base - true_base) <= 3


def test_cube_breakdown_says_how_many_people_it_covers_perturbed(tiny):
    cube = Cube(tiny)
    question = cube.questions[0]

    breakdown = cube.breakdowns(WORLD)[question.pk][0]

    categories = set(breakdown.feature.categories.values_list("pk", flat=True))
    ballots = ResultSubmission.objects.filter(topic=question.topic, releases=cube.release).values_list("ballots", flat=True)
    rows = [ballot["key"] for stored in ballots for ballot in stored for c in ballot["categories"] if c in categories]
    expected = perturb(len(rows), sum(rows))
    assert breakdown.covers == expected


def test_cube_hides_every_count_under_k(tiny):
    cube = Cube(tiny)

    published = [
        count for figures in cube.figures.values() for row in figures.areas.values() for count in (*row.counts, row.base)
    ]

    assert all(count is None or count == 0 or count >= tiny.anonymity_threshold for count in published)
    assert None in published

"""A release's grouped counts are computed once and read from the cache by every later
cube of that release; a new release is counted afresh (docs/reports.md, Aggregation)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from dialogues.models import Table
from reports.domain.cube import Cube
from reports.domain.releases import release_results
from reports.enums import WORLD
from tests.factories.dialogues import TableFactory
from tests.factories.results import submit_counts


def grouping_queries(queries):
    return [q["sql"] for q in queries if "json_each" in q["sql"] or "jsonb_" in q["sql"]]


def test_a_second_cube_of_the_same_release_reads_the_counts_from_the_cache(tiny):
    Cube(tiny).breakdowns(WORLD)

    with CaptureQueriesContext(connection) as second:
        cube = Cube(tiny)
        cube.breakdowns(WORLD)

    assert grouping_queries(second.captured_queries) == []
    assert any(figures.get(WORLD) for figures in cube.figures.values())


def test_a_new_release_is_counted_afresh(tiny, staff_user):
    question = Cube(tiny).questions[0]
    before = Cube(tiny).figures[question.pk].get(WORLD).base
    site_table = Table.objects.filter(site__partner__dialogue=tiny).first()
    submit_counts(tiny, TableFactory(site=site_table.site, number=901), people=40)

    release_results(tiny, by=staff_user, warm_open_data=False, thank_participants=False)

    after = Cube(tiny).figures[question.pk].get(WORLD).base
    assert after is not None and before is not None and after >= before + 40 - 6

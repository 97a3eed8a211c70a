"""A mirror dialogue's results never mix into the main dialogue's published figures:
the cube reads one dialogue's releases only."""

import pytest

from reports.domain.cube import Cube
from reports.domain.releases import release_results
from tests.dialogues.mirrors.conftest import make_mirror, toolkit  # noqa: F401  (fixture)
from tests.dialogues.toolkit.conftest import design  # noqa: F401  (fixture)
from tests.factories.accounts import StaffFactory
from tests.factories.dialogues import TableFactory
from tests.factories.results import submit_counts

pytestmark = pytest.mark.django_db


def _published(dialogue):
    cube = Cube(dialogue)
    return {
        question_id: {area: (row.counts, row.base, row.shares) for area, row in figures.areas.items()}
        for question_id, figures in cube.figures.items()
    }, cube.participation


def test_main_dialogue_published_figures_are_unchanged_by_a_mirrors_results(toolkit):  # noqa: F811
    staff, main = StaffFactory(), toolkit.dialogue
    for number in (1, 2):
        submit_counts(main, TableFactory(site=toolkit.site, number=number), people=12)
    release_results(main, by=staff, warm_open_data=False, thank_participants=False)
    before = _published(main)

    side = make_mirror(
        main, organisation="Ubuntu Digital Forum", country="ZA", email="t@example.org", site_name="Soweto Library"
    )
    for table in side.tables:
        submit_counts(side.dialogue, table, people=30)
    mirror_release = release_results(side.dialogue, by=staff, warm_open_data=False, thank_participants=False)
    after = _published(main)

    assert after == before
    assert before[0] and mirror_release.tables == 2
    assert _published(side.dialogue)[0] != before[0]

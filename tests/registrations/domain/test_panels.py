import pytest

from registrations.domain.exceptions import SelectionError
from registrations.domain.panels import execute_panel_run, request_panel_selection
from registrations.domain.replacement import replace_from_reserve
from registrations.domain.sortition import choose_algorithm, draw_panel, quota_problems
from registrations.models import PanelMember, PanelRun, Registrant
from tests.factories.registrations import QuotaTargetFactory

from ..conftest import make_pool

pytestmark = pytest.mark.django_db


def _quota(setup, feature, category, low, high, country="FR"):
    return QuotaTargetFactory(category=setup.features[feature][category], country=country, min_count=low, max_count=high)


def test_choose_algorithm_by_pool_size():
    assert choose_algorithm(120)[0] == "maximin"
    assert choose_algorithm(300)[0] == "maximin"
    assert choose_algorithm(301)[0] == "legacy"
    assert "5 minutes" in choose_algorithm(5000)[1]


def test_quota_problems_name_the_short_category_and_by_how_many():
    pool = {1: {"gender": "woman"}, 2: {"gender": "man"}, 3: {"gender": "man"}}
    quotas = {"gender": {"woman": (2, 2), "man": (1, 1)}}

    problems = quota_problems(pool, quotas, 3, {("gender", "woman"): "Gender: Woman"})

    assert problems == ["“Gender: Woman” is short by 1: the quota needs at least 2, the pool has 1."]


def test_quota_problems_when_maximums_cannot_fill_the_panel():
    pool = {i: {"gender": "woman"} for i in range(10)}

    problems = quota_problems(pool, {"gender": {"woman": (0, 4)}}, 6)

    assert problems == ["The maximums of “gender” add up to 4, 2 short of the panel of 6."]


@pytest.mark.parametrize("algorithm", ["legacy", "maximin"])
def test_draw_panel_meets_quotas_and_is_reproducible(algorithm):
    pool = {i: {"gender": "woman" if i % 2 else "man", "age": "young" if i % 3 else "old"} for i in range(1, 41)}
    quotas = {"gender": {"woman": (5, 5), "man": (5, 5)}, "age": {"young": (6, 7), "old": (3, 4)}}

    first = draw_panel(pool, quotas, 10, algorithm=algorithm, seed=7)
    second = draw_panel(pool, quotas, 10, algorithm=algorithm, seed=7)

    assert first.selected == second.selected
    assert len(first.selected) == 10
    assert sum(1 for pk in first.selected if pool[pk]["gender"] == "woman") == 5
    assert 6 <= sum(1 for pk in first.selected if pool[pk]["age"] == "young") <= 7
    if algorithm == "maximin":
        assert len(first.probabilities) == 40
        assert sum(first.probabilities.values()) == pytest.approx(10, abs=1e-3)


def test_panel_run_selects_reserves_and_records_inputs(setup, django_capture_on_commit_callbacks):
    make_pool(setup.lyon, 20, features=setup.features)
    _quota(setup, "gender", "woman", 3, 3)
    _quota(setup, "gender", "man", 3, 3)
    with django_capture_on_commit_callbacks() as callbacks:
        run = request_panel_selection(setup.dialogue, country="FR", panel_size=6, reserve_size=3, seed=11,
                                      algorithm="legacy", by=setup.france_member)
    assert len(callbacks) == 1  # the task is queued after commit; run its work here

    execute_panel_run(run.pk)

    run.refresh_from_db()
    assert (run.state, run.progress, run.seed, run.algorithm) == ("done", 100, 11, "legacy")
    assert "Chosen by" in run.algorithm_reason
    assert Registrant.objects.filter(status="selected").count() == 6
    assert Registrant.objects.filter(status="reserve").count() == 3
    assert len(run.inputs["pool"]) == 20
    assert all(row["met"] for row in run.quota_fulfilment)
    assert {(row["label"], row["selected"]) for row in run.quota_fulfilment if row["feature"] == "gender"} == {
        ("Gender: Woman", 3), ("Gender: Man", 3)
    }


def test_panel_run_excludes_people_without_statistics_consent_or_withdrawn(setup):
    people = make_pool(setup.lyon, 6, features=setup.features)
    people[0].consents.filter(purpose="statistics").delete()
    people[1].status = "withdrawn"
    people[1].save()
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=4, algorithm="legacy", seed=3)

    execute_panel_run(run.pk)

    run.refresh_from_db()
    assert set(run.inputs["pool"]) == {str(p.pk) for p in people[2:]}
    assert run.state == "done"


def test_panel_run_failure_says_which_category_is_short(setup):
    make_pool(setup.lyon, 6, features=setup.features)
    _quota(setup, "gender", "woman", 5, 6)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=6, algorithm="legacy", seed=3)

    execute_panel_run(run.pk)

    run.refresh_from_db()
    assert run.state == "failed"
    assert "“Gender: Woman” is short by 2: the quota needs at least 5, the pool has 3." in run.message.splitlines()
    assert Registrant.objects.filter(status="selected").count() == 0


def test_panel_run_is_not_run_twice(setup):
    make_pool(setup.lyon, 6, features=setup.features)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=3, algorithm="legacy", seed=3)

    execute_panel_run(run.pk)
    assert execute_panel_run(run.pk) is None

    assert PanelMember.objects.filter(run=run).count() == 3


def test_replacement_keeps_quotas(setup):
    make_pool(setup.lyon, 12, features=setup.features)
    _quota(setup, "gender", "woman", 2, 2)
    _quota(setup, "gender", "man", 2, 2)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=4, reserve_size=8,
                                  algorithm="legacy", seed=5)
    execute_panel_run(run.pk)
    leaving = Registrant.objects.filter(status="selected").first()
    leaving_gender = leaving.answers.get(feature__code="gender").category.code

    replacement = replace_from_reserve(leaving, by=setup.france_member)

    leaving.refresh_from_db()
    assert leaving.status == "registered"
    assert replacement.status == "selected"
    assert replacement.answers.get(feature__code="gender").category.code == leaving_gender
    record = PanelRun.objects.get(kind="replacement")
    assert record.inputs["replaces"] == leaving.pk
    assert all(row["met"] for row in record.quota_fulfilment)


def test_replacement_refused_when_nobody_fits(setup):
    make_pool(setup.lyon, 4, features=setup.features)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=4, algorithm="legacy", seed=5)
    execute_panel_run(run.pk)

    with pytest.raises(SelectionError):
        replace_from_reserve(Registrant.objects.filter(status="selected").first(), by=setup.france_member)

"""A draw is reproduced from its record alone, in any process: Python randomises string
hashing per process (PYTHONHASHSEED) and the sortition package iterates sets of strings,
so the test re-runs a recorded maximin draw in new processes with other hash seeds."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from registrations.domain.panels import execute_panel_run, reproduce_draw
from registrations.domain.sortition import draw_panel
from registrations.models import PanelRun
from tests.factories.registrations import QuotaTargetFactory

from ..conftest import make_pool

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]

REPRODUCE = """
import json, sys
import django
django.setup()
from registrations.domain.panels import reproduce_draw
from registrations.models import PanelRun
record = json.load(sys.stdin)
print(json.dumps(reproduce_draw(PanelRun(**record)).selected))
"""


def _in_new_process(record, hash_seed):
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    done = subprocess.run([sys.executable, "-c", REPRODUCE], input=json.dumps(record), capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_recorded_maximin_draw_gives_the_same_panel_in_processes_with_other_hash_seeds(setup):
    make_pool(setup.lyon, 24, features=setup.features)
    for category, low, high in (("woman", 3, 3), ("man", 3, 3)):
        QuotaTargetFactory(category=setup.features["gender"][category], country="FR", min_count=low, max_count=high)
    QuotaTargetFactory(category=setup.features["age"]["old"], country="FR", min_count=1, max_count=3)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=6, algorithm="maximin", seed=4242)
    execute_panel_run(run.pk)
    run = PanelRun.objects.get(pk=run.pk)  # the record as the database gives it back
    drawn = sorted(run.members.filter(role="selected").values_list("registrant_id", flat=True))
    record = {"inputs": run.inputs, "algorithm": run.algorithm, "seed": run.seed}

    panels = [_in_new_process(record, hash_seed) for hash_seed in (1, 2, 3)]

    assert run.state == "done"
    assert len(drawn) == 6
    assert panels == [drawn, drawn, drawn]
    assert reproduce_draw(run).selected == drawn


def test_draw_does_not_depend_on_the_order_of_the_pool():
    pool = {i: {"gender": "woman" if i % 2 else "man", "age": "young" if i % 3 else "old"} for i in range(1, 31)}
    quotas = {"gender": {"woman": (4, 4), "man": (4, 4)}, "age": {"young": (5, 6), "old": (2, 3)}}
    shuffled = {pk: dict(reversed(pool[pk].items())) for pk in sorted(pool, key=lambda pk: (pk * 7) % 31)}
    reordered = {feature: dict(reversed(quotas[feature].items())) for feature in reversed(quotas)}

    first = draw_panel(pool, quotas, 8, algorithm="maximin", seed=11)
    second = draw_panel(shuffled, reordered, 8, algorithm="maximin", seed=11)

    assert first.selected == second.selected
    assert first.probabilities == second.probabilities

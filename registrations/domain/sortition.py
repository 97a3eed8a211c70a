"""A thin adapter around the Sortition Foundation's ``sortition-algorithms`` package.

Pure functions on plain data (no database): the pool is ``{person_id: {feature_code:
category_code}}`` and the quotas ``{feature_code: {category_code: (min, max)}}``.
Only the open-source HiGHS solver is used.
"""

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from ..enums import SelectionAlgorithm
from .exceptions import RegistrationError

# A run must end within 5 minutes. Measured on the shared 2-core machine
# (bench/panel_selection.py, 6 features, proportional quotas ±1): maximin took 260 s for
# 50 from 500 under load (an earlier measurement gave about 70 s for 100 from 1,000 on a quiet
# machine); nash is slower still; legacy picks 200 from 5,000 in under a second. Fair
# methods are chosen automatically only for pools up to 300; staff may override.
FAIR_METHOD_POOL_LIMIT = 300
SOLVER_BACKEND = "highspy"
SOLVER_SCRIPT = Path(__file__).with_name("sortition_solver.py")


@dataclass
class DrawOutcome:
    selected: list
    probabilities: dict = field(default_factory=dict)
    seconds: float = 0.0


class QuotaShortfall(RegistrationError):
    """The quotas cannot be met. ``problems`` are translated sentences naming the
    category and by how many it is short."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


def choose_algorithm(pool_size):
    """The method used when staff do not choose one, and why."""
    if pool_size <= FAIR_METHOD_POOL_LIMIT:
        return SelectionAlgorithm.MAXIMIN, _(
            "Maximin: the pool has %(pool)s people (at most %(limit)s), small enough for the fair method "
            "to finish within 5 minutes; it makes the least likely person as likely as possible to be chosen."
        ) % {"pool": pool_size, "limit": FAIR_METHOD_POOL_LIMIT}
    return SelectionAlgorithm.LEGACY, _(
        "Legacy: the pool has %(pool)s people (more than %(limit)s); the fair methods would not finish "
        "within 5 minutes on this server, the legacy method takes seconds."
    ) % {"pool": pool_size, "limit": FAIR_METHOD_POOL_LIMIT}


def quota_problems(pool, quotas, panel_size, labels=None):
    """Sentences naming every category that cannot be filled, before running anything."""
    labels = labels or {}
    problems = []
    if len(pool) < panel_size:
        problems.append(
            _("The pool has %(pool)s eligible people, %(short)s fewer than the panel of %(size)s.")
            % {"pool": len(pool), "short": panel_size - len(pool), "size": panel_size}
        )
    for feature, categories in quotas.items():
        available = {category: 0 for category in categories}
        for answers in pool.values():
            if answers.get(feature) in available:
                available[answers[feature]] += 1
        for category, (minimum, _maximum) in categories.items():
            if available[category] < minimum:
                problems.append(
                    _("“%(category)s” is short by %(short)s: the quota needs at least %(min)s, the pool has %(have)s.")
                    % {
                        "category": labels.get((feature, category), category),
                        "short": minimum - available[category],
                        "min": minimum,
                        "have": available[category],
                    }
                )
        total_min = sum(low for low, _high in categories.values())
        total_max = sum(high for _low, high in categories.values())
        name = labels.get((feature, None), feature)
        if total_min > panel_size:
            problems.append(
                _("The minimums of “%(feature)s” add up to %(total)s, more than the panel of %(size)s.")
                % {"feature": name, "total": total_min, "size": panel_size}
            )
        if total_max < panel_size:
            problems.append(
                _("The maximums of “%(feature)s” add up to %(total)s, %(short)s short of the panel of %(size)s.")
                % {"feature": name, "total": total_max, "short": panel_size - total_max, "size": panel_size}
            )
    return problems


def draw_panel(pool, quotas, panel_size, *, algorithm, seed, progress=None, labels=None):
    """Draw ``panel_size`` person ids meeting every quota. Raises ``QuotaShortfall``.

    The same pool, quotas, method and seed give the same panel in any process and
    whatever order the pool is given in: the package runs in a child process with fixed
    string hashing on inputs ordered by id (``sortition_solver``); ``seed`` drives its
    random provider. Fair methods also return each person's selection probability;
    legacy does not compute them. Raises ``RuntimeError`` if the child process fails."""
    problems = quota_problems(pool, quotas, panel_size, labels)
    if problems:
        raise QuotaShortfall(problems)
    request = {
        "pool": {str(pk): answers for pk, answers in pool.items()},
        "quotas": {feature: {c: list(mm) for c, mm in cats.items()} for feature, cats in quotas.items()},
        "panel_size": panel_size,
        "algorithm": str(algorithm),
        "seed": seed,
        "solver": SOLVER_BACKEND,
    }
    result = _run_solver(request, progress)
    if "infeasible" in result:
        raise QuotaShortfall([_("The quotas cannot all be met together: %(detail)s") % {"detail": result["infeasible"]}])
    probabilities = {int(key): value for key, value in result["probabilities"].items()}
    return DrawOutcome(selected=result["selected"], probabilities=probabilities, seconds=result["seconds"])


def _run_solver(request, progress):
    """Run ``sortition_solver.py`` with ``PYTHONHASHSEED=0``, passing its progress on."""
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryFile() as errors:
        # A fixed command (this interpreter, this package's script); the request goes on stdin.
        child = subprocess.Popen(  # noqa: S603
            [sys.executable, str(SOLVER_SCRIPT)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
            env=environment, text=True,
        )
        try:
            child.stdin.write(json.dumps(request))
            child.stdin.close()
        except BrokenPipeError:  # the child died before reading: reported below with its stderr
            pass
        result = None
        for line in child.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "phase" in message:
                if progress is not None:
                    progress.start_phase("solver", message["phase"])
            elif "update" in message:
                if progress is not None:
                    progress.update(message["update"], message=message["message"])
            else:
                result = message
        child.stdout.close()
        returncode = child.wait()
        if result is None or returncode != 0:
            errors.seek(0)
            detail = errors.read().decode("utf-8", "replace")[-2000:]
            # A developer's error (the run fails with a translated message in execute_panel_run).
            raise RuntimeError(f"sortition solver exited with {returncode}: {detail}")
    return result

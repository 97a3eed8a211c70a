"""A thin adapter around the Sortition Foundation's ``sortition-algorithms`` package.

Pure functions on plain data (no database): the pool is ``{person_id: {feature_code:
category_code}}`` and the quotas ``{feature_code: {category_code: (min, max)}}``.
Only the open-source HiGHS solver is used.
"""

import time
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ..enums import SelectionAlgorithm

# A run must end within 5 minutes. Measured on the shared 2-core machine
# (bench/panel_selection.py, 6 features, proportional quotas ±1): maximin took 260 s for
# 50 from 500 under load (the issue measured about 70 s for 100 from 1,000 on a quiet
# machine); nash is slower still; legacy picks 200 from 5,000 in under a second. Fair
# methods are chosen automatically only for pools up to 300; staff may override.
FAIR_METHOD_POOL_LIMIT = 300
SOLVER_BACKEND = "highspy"


@dataclass
class DrawOutcome:
    selected: list
    probabilities: dict = field(default_factory=dict)
    seconds: float = 0.0


class QuotaShortfall(Exception):
    """The quotas cannot be met. ``problems`` are translated sentences naming the
    category and by how many it is short."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("; ".join(problems))


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

    ``seed`` makes the draw reproducible (the package's random provider and the solver
    seed both derive from it). Fair methods also return each person's selection
    probability; legacy does not compute them."""
    from sortition_algorithms import errors
    from sortition_algorithms.utils import set_random_provider

    problems = quota_problems(pool, quotas, panel_size, labels)
    if problems:
        raise QuotaShortfall(problems)
    features = _feature_collection(quotas)
    people = _people(pool, features)
    set_random_provider(seed or 1)
    started = time.monotonic()
    try:
        if algorithm == SelectionAlgorithm.LEGACY:
            committee, probabilities = _legacy(people, features, panel_size, progress)
        else:
            committee, probabilities = _fair(people, features, panel_size, algorithm, progress)
    except errors.SortitionBaseError as error:
        raise QuotaShortfall([_("The quotas cannot all be met together: %(detail)s") % {"detail": error}]) from error
    ids = sorted(int(key) for key in committee)
    return DrawOutcome(selected=ids, probabilities=probabilities, seconds=time.monotonic() - started)


def _feature_collection(quotas):
    from requests.structures import CaseInsensitiveDict
    from sortition_algorithms.features import FeatureValueMinMax, set_default_max_flex

    collection = CaseInsensitiveDict()
    for feature, categories in quotas.items():
        collection[feature] = CaseInsensitiveDict()
        for category, (minimum, maximum) in categories.items():
            collection[feature][category] = FeatureValueMinMax(min=minimum, max=maximum)
    set_default_max_flex(collection)
    return collection


def _people(pool, features):
    from sortition_algorithms.people import People

    people = People(columns_to_keep=[])
    for row, (person_id, answers) in enumerate(pool.items(), start=2):
        people.add(str(person_id), dict(answers), features, row)
    return people


def _legacy(people, features, panel_size, progress):
    from sortition_algorithms.committee_generation.legacy import find_random_sample_legacy

    committees, _report = find_random_sample_legacy(
        people, features, panel_size, [], max_attempts=100, progress_reporter=progress
    )
    return committees[0], {}


def _fair(people, features, panel_size, algorithm, progress):
    from sortition_algorithms.committee_generation import maximin, nash, standardize_distribution
    from sortition_algorithms.core import lottery_rounding

    finder = maximin.find_distribution_maximin if algorithm == SelectionAlgorithm.MAXIMIN else nash.find_distribution_nash
    committees, weights, _report = finder(features, people, panel_size, [], SOLVER_BACKEND, progress_reporter=progress)
    committees, weights = standardize_distribution(committees, weights)
    probabilities = {int(key): 0.0 for key in people}
    for committee, weight in zip(committees, weights, strict=True):
        for key in committee:
            probabilities[int(key)] += weight
    chosen = lottery_rounding(committees, weights, 1)[0]
    return chosen, {key: round(value, 6) for key, value in probabilities.items()}

"""The ``sortition-algorithms`` package run in a child process with fixed string hashing.

Why a child process: the package keeps committees and agents in sets of strings and
iterates them to build its linear programs. Python randomises string hashes per process
(PYTHONHASHSEED), so the same pool, quotas and seed gave a different maximin panel in
each new process. ``registrations.domain.sortition`` starts this script with
``PYTHONHASHSEED=0``, so a draw depends only on its record (inputs, method, seed).

Pure Python, no Django: a JSON request on stdin
``{"pool": {id: {feature: category}}, "quotas": {feature: {category: [min, max]}},
"panel_size", "algorithm", "seed", "solver"}``; on stdout one JSON object per line:
``{"phase": total}`` and ``{"update": n, "message": text}`` while working, then
``{"selected": [ids], "probabilities": {id: p}, "seconds": s}`` or
``{"infeasible": text}`` when the package says the quotas cannot be met together.
"""

import json
import logging
import sys
import time

LEGACY = "legacy"
MAXIMIN = "maximin"


def canonical_pool(pool):
    """The pool ordered by person id, each person's answers by feature code: the order
    the package sees never depends on how the record was stored or read back (a
    PostgreSQL ``jsonb`` field gives keys back in its own order)."""
    return {int(key): dict(sorted(answers.items())) for key, answers in sorted(pool.items(), key=lambda i: int(i[0]))}


def canonical_quotas(quotas):
    return {
        feature: {category: tuple(quotas[feature][category]) for category in sorted(quotas[feature])}
        for feature in sorted(quotas)
    }


class LineProgress:
    """The package's progress reporter, writing JSON lines for the parent process."""

    def start_phase(self, name, total=None, *, message=None):
        _emit({"phase": total})

    def update(self, current, *, message=None):
        _emit({"update": current, "message": message or ""})

    def end_phase(self):
        pass


# The real stdout: anything the package itself prints goes to stderr (see ``main``).
_OUT = sys.stdout


def _emit(payload):
    _OUT.write(json.dumps(payload) + "\n")
    _OUT.flush()


def solve(request, progress=None):
    from sortition_algorithms import errors
    from sortition_algorithms.utils import set_random_provider

    features = _feature_collection(canonical_quotas(request["quotas"]))
    people = _people(canonical_pool(request["pool"]), features)
    set_random_provider(request["seed"] or 1)
    started = time.monotonic()
    try:
        if request["algorithm"] == LEGACY:
            committee, probabilities = _legacy(people, features, request["panel_size"], progress)
        else:
            committee, probabilities = _fair(people, features, request, progress)
    except errors.SortitionBaseError as error:
        return {"infeasible": str(error)}
    return {
        "selected": sorted(int(key) for key in committee),
        "probabilities": {str(key): value for key, value in sorted(probabilities.items())},
        "seconds": time.monotonic() - started,
    }


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
        people.add(str(person_id), answers, features, row)
    return people


def _legacy(people, features, panel_size, progress):
    from sortition_algorithms.committee_generation.legacy import find_random_sample_legacy

    committees, _report = find_random_sample_legacy(
        people, features, panel_size, [], max_attempts=100, progress_reporter=progress
    )
    return committees[0], {}


def _fair(people, features, request, progress):
    from sortition_algorithms.committee_generation import maximin, nash, standardize_distribution
    from sortition_algorithms.core import lottery_rounding

    finder = maximin.find_distribution_maximin if request["algorithm"] == MAXIMIN else nash.find_distribution_nash
    committees, weights, _report = finder(
        features, people, request["panel_size"], [], request["solver"], progress_reporter=progress
    )
    committees, weights = standardize_distribution(committees, weights)
    # The lottery draws from this list: give it in one order whatever the solver's.
    ordered = sorted(zip(committees, weights, strict=True), key=lambda pair: sorted(int(key) for key in pair[0]))
    committees, weights = [pair[0] for pair in ordered], [pair[1] for pair in ordered]
    probabilities = {int(key): 0.0 for key in people}
    for committee, weight in zip(committees, weights, strict=True):
        for key in committee:
            probabilities[int(key)] += weight
    chosen = lottery_rounding(committees, weights, 1)[0]
    return chosen, {key: round(value, 6) for key, value in probabilities.items()}


def main():
    logging.disable(logging.CRITICAL)  # the package logs every trial; the parent reads stdout only
    sys.stdout = sys.stderr
    _emit(solve(json.load(sys.stdin), LineProgress()))


if __name__ == "__main__":
    main()

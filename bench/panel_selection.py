"""Panel selection: for 500, 1,000 and 5,000 registrants with 6 features, each method's
time and the spread of selection probabilities across people.

Run on demand: ``.venv/bin/python bench/panel_selection.py``. One JSON line per figure.
Fair methods (maximin, nash) report exact probabilities; legacy does not compute them,
so its spread is estimated from repeated draws (``legacy_repeats`` draws, so the
estimate carries sampling noise of about sqrt(p(1-p)/repeats)). A method that would
not end within the time limit is recorded as a timeout, not waited for."""

import json
import logging
import multiprocessing
import statistics
import time

from registration_common import django_without_database, machine_note, proportional_quotas, synthetic_pool

TIME_LIMIT = 300  # seconds: the run's limit in the product (a draw must end within 5 minutes)
CASES = [(500, 50), (1000, 100), (5000, 200)]
LEGACY_REPEATS = {500: 200, 1000: 100, 5000: 30}
# Measured at 1,000: maximin ~70 s, nash ~150 s; both grow faster than linearly with
# the pool, so at 5,000 they would far exceed the limit on this machine.
SKIP = {(5000, "maximin"), (5000, "nash")}


def _draw(args):
    pool_size, panel_size, algorithm, seed = args
    django_without_database()
    logging.disable(logging.CRITICAL)
    from registrations.domain.sortition import draw_panel

    pool = synthetic_pool(pool_size)
    quotas = proportional_quotas(pool, panel_size)
    started = time.monotonic()
    outcome = draw_panel(pool, quotas, panel_size, algorithm=algorithm, seed=seed)
    return time.monotonic() - started, outcome.selected, outcome.probabilities


def _spread(probabilities):
    values = list(probabilities.values())
    return {
        "p_min": round(min(values), 4),
        "p_max": round(max(values), 4),
        "p_stdev": round(statistics.pstdev(values), 4),
        "share_never_selected": round(sum(1 for v in values if v < 1e-6) / len(values), 4),
    }


def run_with_limit(args):
    with multiprocessing.get_context("spawn").Pool(1) as worker:
        result = worker.apply_async(_draw, (args,))
        try:
            return result.get(timeout=TIME_LIMIT)
        except multiprocessing.TimeoutError:
            worker.terminate()
            return None


def main():
    for pool_size, panel_size in CASES:
        base = {"bench": "panel_selection", "pool": pool_size, "panel": panel_size, "features": 6, "note": machine_note()}
        for algorithm in ("legacy", "maximin", "nash"):
            figure = {**base, "method": algorithm}
            if (pool_size, algorithm) in SKIP:
                print(json.dumps({**figure, "seconds": None, "timeout": True,
                                  "reason": f"not run: would exceed {TIME_LIMIT} s (see 1,000-person figures)"}), flush=True)
                continue
            if algorithm == "legacy":
                figure.update(_legacy(pool_size, panel_size))
            else:
                outcome = run_with_limit((pool_size, panel_size, algorithm, 7))
                if outcome is None:
                    figure.update({"seconds": None, "timeout": True, "limit_seconds": TIME_LIMIT})
                else:
                    seconds, _selected, probabilities = outcome
                    figure.update({"seconds": round(seconds, 2), "timeout": False, **_spread(probabilities)})
            print(json.dumps(figure), flush=True)


def _legacy(pool_size, panel_size):
    django_without_database()
    logging.disable(logging.CRITICAL)
    from registrations.domain.sortition import draw_panel

    pool = synthetic_pool(pool_size)
    quotas = proportional_quotas(pool, panel_size)
    repeats = LEGACY_REPEATS[pool_size]
    counts = dict.fromkeys(pool, 0)
    times = []
    for seed in range(1, repeats + 1):
        started = time.monotonic()
        outcome = draw_panel(pool, quotas, panel_size, algorithm="legacy", seed=seed)
        times.append(time.monotonic() - started)
        for pk in outcome.selected:
            counts[pk] += 1
    spread = _spread({pk: n / repeats for pk, n in counts.items()})
    return {"seconds": round(statistics.median(times), 3), "seconds_max": round(max(times), 3),
            "probabilities": f"estimated from {repeats} draws", **spread}


if __name__ == "__main__":
    main()

"""Table assignment: 200 people into tables of 6 (and the demonstration's groups of 5),
time and diversity against the best achievable bound. One JSON line per figure.
Run on demand: ``.venv/bin/python bench/panel_tables.py``."""

import json
import random
import statistics
import time

from registration_common import FEATURES, django_without_database, machine_note, synthetic_pool


def _random_clashes(people, sizes, seed):
    """Clashes of a plain random split, for comparison."""
    ids = list(people)
    random.Random(seed).shuffle(ids)
    clashes, start = 0, 0
    for size in sizes:
        counts = {}
        for pk in ids[start:start + size]:
            for category in people[pk]:
                counts[category] = counts.get(category, 0) + 1
        clashes += sum(n * (n - 1) // 2 for n in counts.values())
        start += size
    return clashes


def main():
    django_without_database()
    from registrations.domain.table_assignment import assign_tables, table_sizes

    for people_count, table_size in ((200, 6), (200, 5), (1000, 8)):
        pool = synthetic_pool(people_count, seed=3)
        people = {pk: [f"{feature}:{value}" for feature, value in answers.items()] for pk, answers in pool.items()}
        times, results = [], []
        for seed in range(1, 6):
            started = time.monotonic()
            results.append(assign_tables(people, table_size, seed))
            times.append(time.monotonic() - started)
        best = min(results, key=lambda r: r.clashes)
        sizes = table_sizes(people_count, table_size)
        print(json.dumps({
            "bench": "table_assignment", "people": people_count, "table_size": table_size, "tables": len(sizes),
            "features": len(FEATURES), "seconds_median": round(statistics.median(times), 3),
            "seconds_max": round(max(times), 3), "clashes": best.clashes, "best_bound": best.best_bound,
            "score": best.score, "random_split_clashes": _random_clashes(people, sizes, 1), "note": machine_note(),
        }), flush=True)


if __name__ == "__main__":
    main()

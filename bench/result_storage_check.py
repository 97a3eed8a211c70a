"""The stored shape's change (one row per submission, results/0003_compact_result_storage)
on a real dataset: the cube's published figures and its timings before and after the
migration, on a copy of the bench database.

    createdb -h 127.0.0.1 -U postgres -T wti_bench wti_bench_copy
    # with the code before the change (e.g. `git archive <commit> | tar -x -C /tmp/before`):
    cd /tmp/before && DATABASE_URL=postgres://postgres@127.0.0.1:5432/wti_bench_copy \\
        .venv/bin/python /path/to/bench/result_storage_check.py --dump /tmp/before.json
    cd /path/to/this/checkout && DATABASE_URL=... .venv/bin/python bench/result_storage_check.py \\
        --migrate --dump /tmp/after.json --compare /tmp/before.json

Runs the code of the current directory (so the same script measures both). Prints one
JSON line per figure: the cube's totals and world breakdowns build times (best of
``--repeat``), the migration's time and row totals before and after, and whether every
published figure (counts, bases, shares of every question, area and breakdown row) is the
same."""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetheinternet.settings")


def emit(**figure):
    print(json.dumps({"bench": "result_storage", **figure}), flush=True)


def published(cube):
    """Every figure the cube publishes, as plain data."""
    figures = {}
    for question_id, question_figures in cube.figures.items():
        for area, row in question_figures.areas.items():
            figures[f"{question_id}|{area}"] = [list(row.counts), row.base]
    data = cube.group_data()
    for area in ["world", *sorted({str(c) for c in cube.countries})[:10]]:
        for question_id, breakdowns in cube.breakdowns(area, data).items():
            for breakdown in breakdowns:
                figures[f"{question_id}|{area}|{breakdown.feature.pk}"] = [
                    [category.pk, list(row.counts), row.base] for category, row in
                    zip(breakdown.categories, breakdown.rows, strict=True)
                ] + [breakdown.covers]
    return figures


def row_totals():
    from django.db import connection

    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        if "results_optioncount" in tables:
            cursor.execute("SELECT count(*), coalesce(sum(count), 0) FROM results_optioncount")
            counts, people = cursor.fetchone()
            cursor.execute("SELECT count(*) FROM results_ballot")
            ballots = cursor.fetchone()[0]
            cursor.execute("SELECT count(*) FROM results_ballotanswer")
            answers = cursor.fetchone()[0]
            cursor.execute("SELECT count(*) FROM results_ballotcategory")
            categories = cursor.fetchone()[0]
        else:
            cursor.execute(
                "SELECT count(*), coalesce(sum((o.value ->> 1)::int), 0) FROM results_resultsubmission s "
                "CROSS JOIN jsonb_each(s.counts) q CROSS JOIN jsonb_array_elements(q.value) o"
            )
            counts, people = cursor.fetchone()
            cursor.execute("SELECT count(*) FROM results_resultsubmission s CROSS JOIN jsonb_array_elements(s.ballots) b")
            ballots = cursor.fetchone()[0]
            cursor.execute(
                "SELECT coalesce(sum(jsonb_array_length(b -> 'answers')), 0), "
                "coalesce(sum(jsonb_array_length(b -> 'categories')), 0) "
                "FROM results_resultsubmission s CROSS JOIN jsonb_array_elements(s.ballots) b"
            )
            answers, categories = cursor.fetchone()
        cursor.execute("SELECT count(*) FROM results_resultsubmission")
        submissions = cursor.fetchone()[0]
    return {"submissions": submissions, "counts": counts, "count_sum": int(people), "ballots": ballots,
            "answers": int(answers), "categories": int(categories)}


def _time_grouping(dialogue):
    """The reports' three GROUP BY reads alone (what the stored shape changes)."""
    from reports.domain.queries import counts
    from reports.domain.releases import latest_release

    release = latest_release(dialogue)
    times = {}
    for name in ("option_totals", "group_answers", "group_sizes"):
        started = time.monotonic()
        getattr(counts, name)(dialogue, release=release)
        times[name] = time.monotonic() - started
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--slug", default="scale")
    parser.add_argument("--migrate", action="store_true")
    parser.add_argument("--dump")
    parser.add_argument("--compare")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import django

    django.setup()
    from django.core.management import call_command

    if args.migrate:
        before = row_totals()
        started = time.monotonic()
        call_command("migrate", "results", verbosity=0)
        emit(figure="migration_seconds", value=round(time.monotonic() - started, 2))
        after = row_totals()
        emit(figure="row_totals", before=before, after=after, same=before == after)
    else:
        emit(figure="row_totals", value=row_totals())

    from dialogues.models import Dialogue
    from reports.domain.cube import Cube

    dialogue = Dialogue.objects.get(slug=args.slug)
    grouping = []
    for _round in range(args.repeat):
        grouping.append(_time_grouping(dialogue))
    emit(figure="grouping_queries_seconds", value={name: round(min(run[name] for run in grouping), 3)
                                                   for name in grouping[0]}, load=os.getloadavg())
    totals, breakdowns = [], []
    for _round in range(args.repeat):
        started = time.monotonic()
        cube = Cube(dialogue)
        totals.append(time.monotonic() - started)
        started = time.monotonic()
        cube.breakdowns("world", cube.group_data())
        breakdowns.append(time.monotonic() - started)
    emit(figure="cube_totals_seconds", value=round(min(totals), 3), runs=[round(t, 3) for t in totals],
         countries=len(cube.countries), load=os.getloadavg())
    emit(figure="cube_world_breakdowns_seconds", value=round(min(breakdowns), 3),
         runs=[round(t, 3) for t in breakdowns], load=os.getloadavg())
    figures = published(cube)
    if args.dump:
        with open(args.dump, "w") as out:
            json.dump(figures, out, sort_keys=True)
    if args.compare:
        with open(args.compare) as before:
            old = json.load(before)
        differ = sorted(key for key in old.keys() | figures.keys() if old.get(key) != figures.get(key))
        emit(figure="published_figures_same", value=not differ, figures=len(figures), differ=len(differ),
             examples=differ[:5])


if __name__ == "__main__":
    main()

"""The floor of storing one result in PostgreSQL: the CPU its backend spends writing the
rows of one submission (supersede the current result, insert the new one with its 6
ballots, 42 answers, 16 categories, 40 counts and an open answer, commit) with a single
prepared statement and no Python work at all: no request, no ORM, no checks. Whatever
the application does, storing the same rows costs at least this. Prints one JSON line per
figure: with the foreign-key checks, and (a diagnostic only) without them.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wti_bench .venv/bin/python bench/result_rows_floor.py

Uses the dataset of bench/result_entry.py and writes real rows into it (corrections of
one table's result), like that bench does.

This is the floor of the stored shape before the compact storage (one row per ballot, answer,
category and count): it runs only on a database before the migration
``results/0003_compact_result_storage``, and is kept for the record of that argument. The
shape after it stores a submission in one row (docs/result-entry.md)."""

import argparse
import json
import os
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetheinternet.settings")
os.environ.setdefault("DEBUG", "false")

from bench.result_entry_cpu import backend_cpu_seconds  # noqa: E402

WRITE = """
PREPARE floor_write(bigint, uuid, bigint, timestamptz, int[], int[], int[], int[], int[], int[], int[], int[],
                    int[], text) AS
WITH old AS (
  UPDATE results_resultsubmission SET superseded_at = $4 WHERE id = $3 AND superseded_at IS NULL RETURNING id
), sub AS (
  INSERT INTO results_resultsubmission (table_id, topic_id, client_id, replaces_id, submitted_by_id, submitted_at,
                                          people_present, entry_mode, content_hash, state, rejection_reason)
  SELECT r.table_id, r.topic_id, $2, $3, r.submitted_by_id, $4, r.people_present, r.entry_mode, r.content_hash,
         'sent', ''
  FROM results_resultsubmission r JOIN old ON old.id = r.id RETURNING id
), ballot AS (
  INSERT INTO results_ballot (submission_id, seat_number) SELECT sub.id, seat FROM sub, unnest($5) seat
  RETURNING id, seat_number
), answer AS (
  INSERT INTO results_ballotanswer (ballot_id, question_id, option_id)
  SELECT ballot.id, x.question, x.option FROM ballot JOIN unnest($6, $7, $8) x(seat, question, option)
  ON x.seat = ballot.seat_number
), category AS (
  INSERT INTO results_ballotcategory (ballot_id, category_id)
  SELECT ballot.id, x.category FROM ballot JOIN unnest($9, $10) x(seat, category) ON x.seat = ballot.seat_number
), count AS (
  INSERT INTO results_optioncount (submission_id, question_id, option_id, count)
  SELECT sub.id, x.question, x.option, x.count FROM sub, unnest($11, $12, $13) x(question, option, count)
), open AS (
  INSERT INTO results_openanswer (submission_id, question_id, text, rank)
  SELECT sub.id, q.question_id, $14, 1 FROM sub, results_openanswer q WHERE q.submission_id = $3
)
SELECT id FROM sub
"""


def current_shape(cursor, submission):
    def rows(sql):
        cursor.execute(sql, [submission])
        return cursor.fetchall()

    answers = rows("SELECT b.seat_number, a.question_id, a.option_id FROM results_ballotanswer a "
                   "JOIN results_ballot b ON b.id = a.ballot_id WHERE b.submission_id = %s")
    categories = rows("SELECT b.seat_number, c.category_id FROM results_ballotcategory c "
                      "JOIN results_ballot b ON b.id = c.ballot_id WHERE b.submission_id = %s")
    counts = rows("SELECT question_id, option_id, count FROM results_optioncount WHERE submission_id = %s")
    columns = [sorted({seat for seat, _q, _o in answers})]
    columns += [list(column) for column in zip(*answers, strict=True)]
    columns += [list(column) for column in zip(*categories, strict=True)]
    columns += [list(column) for column in zip(*counts, strict=True)]
    return columns, {"ballots": len(columns[0]), "answers": len(answers), "categories": len(categories),
                     "counts": len(counts)}


def measure(raw, submission, columns, writes, setting):
    cursor = raw.cursor()
    cursor.execute(setting)
    cursor.execute("SELECT pg_backend_pid()")
    backend = cursor.fetchone()[0]
    raw.commit()
    cpu, wall = backend_cpu_seconds(backend), time.perf_counter()
    for _ in range(writes):
        cursor.execute("EXECUTE floor_write(%s, %s, %s, now(), %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                       [submission, str(uuid.uuid4()), submission, *columns, "More public spaces online."])
        row = cursor.fetchone()
        if row is None:
            raise SystemExit("the result to correct was already replaced")
        submission = row[0]
        raw.commit()
    cpu, wall = backend_cpu_seconds(backend) - cpu, time.perf_counter() - wall
    return submission, round(cpu * 1000 / writes, 2), round(wall * 1000 / writes, 2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=500)
    args = parser.parse_args()
    from bench.result_entry_setup import setup_bench_dialogue

    dialogue = setup_bench_dialogue()
    from django.db import connection

    from results.models import ResultSubmission

    submission = (ResultSubmission.objects.current().filter(topic__dialogue=dialogue, entry_mode="ballots",
                                                             open_answers__isnull=False)
                  .order_by("-submitted_at").values_list("pk", flat=True).first())
    if submission is None:
        raise SystemExit("Run bench/result_entry.py first: it makes the results this bench corrects.")
    connection.ensure_connection()
    raw = connection.connection
    cursor = raw.cursor()
    columns, rows = current_shape(cursor, submission)
    cursor.execute(WRITE)
    for name, setting in (("with_foreign_key_checks", "SET session_replication_role = origin"),
                          ("without_foreign_key_checks_diagnostic", "SET session_replication_role = replica")):
        submission, cpu_ms, wall_ms = measure(raw, submission, columns, args.writes, setting)
        print(json.dumps({"figure": f"result_rows_floor_{name}", "postgres_cpu_ms": cpu_ms, "wall_ms": wall_ms,
                          "writes": args.writes, "rows": rows}), flush=True)


if __name__ == "__main__":
    main()

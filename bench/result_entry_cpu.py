"""Where one result submission's CPU goes: the Django process and its PostgreSQL backend,
measured in-process (one note taker, one connection, no HTTP server) over the full
request handler (middleware, authentication, the API view, the domain, the writes).
Prints one JSON line per figure.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wti_bench .venv/bin/python bench/result_entry_cpu.py

Options: --submissions 300; --repeat 3 measures that many rounds and reports the
cheapest (the machine is shared: the least disturbed round is the closest to the
code's own cost); --profile N prints the N most expensive functions (cProfile,
cumulative) to stderr. Uses the dataset and note takers of bench/result_entry.py."""

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetheinternet.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("DEBUG", "false")

TICKS = os.sysconf("SC_CLK_TCK")


def emit(**figure):
    print(json.dumps(figure), flush=True)


def backend_cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    from bench.result_entry_setup import new_client_id, note_takers, payloads, setup_bench_dialogue

    dialogue = setup_bench_dialogue()
    from django.db import connection
    from django.test import Client

    [(token, cells)] = note_takers(dialogue, 1, 8)
    bodies = payloads(dialogue)
    client = Client(HTTP_AUTHORIZATION=f"Token {token}", HTTP_HOST="127.0.0.1")

    def send(index):
        table, topic, current = cells[index % len(cells)]
        client_id = new_client_id()
        response = client.post(f"/api/results/tables/{table}/sessions/{topic}/submissions/",
                               json.dumps(bodies[topic] | {"client_id": client_id, "replaces": current}),
                               content_type="application/json")
        if response.status_code != 201:
            raise SystemExit(f"unexpected answer {response.status_code}: {response.content[:300]!r}")
        cells[index % len(cells)] = (table, topic, client_id)

    for index in range(20):  # warm up: imports, caches, the connection
        send(index)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    profiler = cProfile.Profile() if args.profile else None
    rounds = []
    for _round in range(args.repeat):
        wall, cpu, pg = time.perf_counter(), time.process_time(), backend_cpu_seconds(backend)
        if profiler:
            profiler.enable()
        for index in range(args.submissions):
            send(index)
        if profiler:
            profiler.disable()
        rounds.append((time.process_time() - cpu, backend_cpu_seconds(backend) - pg, time.perf_counter() - wall))
    per = 1000 / args.submissions
    cpu, pg, wall = (min(figures) for figures in zip(*rounds, strict=True))  # each the cheapest round's
    emit(figure="result_submission_cpu", submissions=args.submissions, django_cpu_ms=round(cpu * per, 2),
         postgres_cpu_ms=round(pg * per, 2), wall_ms=round(wall * per, 2), profiled=bool(profiler),
         rounds=args.repeat, django_cpu_ms_rounds=[round(r[0] * per, 2) for r in rounds],
         postgres_cpu_ms_rounds=[round(r[1] * per, 2) for r in rounds],
         load_average=[round(x, 2) for x in os.getloadavg()])
    if profiler:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()

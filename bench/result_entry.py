"""Result entry under load: submissions per second and p95 latency with concurrent note
takers against gunicorn on PostgreSQL, the same for a trivial Django view on the same
server, and their ratio; then two floors on the same server with the same token and body:
an API endpoint that stores nothing and one that stores a single row (what any design,
even one that stores the submission and expands it later, must at least do). Prints one
JSON line per figure.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wti_bench .venv/bin/python bench/result_entry.py

Options: --clients 50 --seconds 20 --workers 5 --worker-class sync (or gthread with
--threads N). Sync workers are the default: with gthread, keep-alive connections stay
with the worker that accepted them, and one worker took all 50 clients (one busy
process, the GIL, the other workers idle); sync workers answer one request per
connection, so every request is balanced over the 5 processes (2 × cores + 1). The load
generator runs in this script, on the same 2 cores as gunicorn and PostgreSQL: that is
part of the measured setup. The dataset is the 2020-scale one from ``seed_scale`` (made
on first run). Each request is a correction of the table's current result (ballots of 6
seats, every closed question, one open answer), so every request goes through
validation, the idempotency and correction rules and the writes."""

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetheinternet.settings")


def emit(**figure):
    print(json.dumps(figure), flush=True)


def start_server(port, workers, worker_class, threads):
    env = os.environ | {"DEBUG": "false", "PYTHONPATH": str(ROOT), "CONN_MAX_AGE": "600", "LOG_LEVEL": "WARNING"}
    command = [str(ROOT / ".venv/bin/gunicorn"), "bench.result_entry_wsgi:application", "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--worker-class", worker_class,
               "--threads", str(threads if worker_class == "gthread" else 1),
               "--backlog", "2048", "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/bench/trivial/")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def server_description(args):
    if args.worker_class == "sync":
        return f"{args.workers} sync workers"
    return f"{args.workers} gthread workers × {args.threads} threads"


class Load:
    """``clients`` threads, each a note taker on its own keep-alive connection."""

    def __init__(self, port, seconds):
        self.port, self.seconds = port, seconds
        self.latencies, self.statuses, self.lock = [], {}, threading.Lock()

    def run(self, client_jobs):
        threads = [threading.Thread(target=job, args=(self,)) for job in client_jobs]
        started = time.monotonic()
        self.deadline, self.started = started + self.seconds, time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.monotonic() - started

    def call(self, connection, method, path, body=None, headers=None, scheduled=None):
        """One request; its latency counts from ``scheduled`` (open loop) when given, so
        a request that waited for the one before it is not measured as fast."""
        began = scheduled if scheduled is not None else time.perf_counter()
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            data = response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            connection.close()
            status, data = "error", b""
        elapsed = time.perf_counter() - began
        with self.lock:
            self.latencies.append(elapsed)
            self.statuses[status] = self.statuses.get(status, 0) + 1
        return status, data

    def figures(self, name, wall, ok_statuses, clients):
        ok = sum(n for status, n in self.statuses.items() if status in ok_statuses)
        ordered = sorted(self.latencies)
        p95 = ordered[int(len(ordered) * 0.95) - 1] if ordered else None
        return {"figure": name, "per_second": round(ok / wall, 1), "p95_ms": round(p95 * 1000, 1) if p95 else None,
                "p50_ms": round(statistics.median(ordered) * 1000, 1) if ordered else None, "requests": len(ordered),
                "ok": ok, "statuses": {str(k): v for k, v in self.statuses.items()}, "clients": clients,
                "seconds": round(wall, 1)}


def submission_job(port, token, cells, payloads, interval=None, offset=0.0):
    """Closed loop (the next request as soon as the answer comes) or, with ``interval``,
    open loop: one request every ``interval`` seconds from ``offset``, whatever the answers."""
    from bench.result_entry_setup import new_client_id

    def job(load):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
        index = 0
        while time.monotonic() < load.deadline:
            scheduled = None
            if interval:
                scheduled = load.started + offset + index * interval
                if scheduled >= load.started + load.seconds:
                    break
                time.sleep(max(0.0, scheduled - time.perf_counter()))
            table, topic, current = cells[index % len(cells)]
            client_id = new_client_id()
            body = json.dumps(payloads[topic] | {"client_id": client_id, "replaces": current})
            status, _data = load.call(connection, "POST", f"/api/results/tables/{table}/sessions/{topic}/submissions/",
                                      body, headers, scheduled)
            if status in (200, 201):
                cells[index % len(cells)] = (table, topic, client_id)
            index += 1
    return job


def trivial_job(port):
    def job(load):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < load.deadline:
            load.call(connection, "GET", "/bench/trivial/")
    return job


def floor_job(port, path, token, body):
    """POST the submissions' body with their token to one of the floor views."""
    def job(load):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
        while time.monotonic() < load.deadline:
            load.call(connection, "POST", path, body, headers)
    return job


FLOORS = (("api_endpoint_storing_nothing", "/bench/api-noop/"),
          ("api_endpoint_storing_one_row", "/bench/api-one-row/"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="sync")
    parser.add_argument("--threads", type=int, default=4, help="gthread only")
    parser.add_argument("--tables-each", type=int, default=8)
    parser.add_argument("--rate", type=float, default=0,
                        help="submissions per second offered by all note takers together (open loop); "
                             "0: each sends again as soon as answered (closed loop)")
    parser.add_argument("--no-baselines", action="store_true", help="measure the submissions only")
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    args = parser.parse_args()
    from bench.result_entry_setup import note_takers, payloads, setup_bench_dialogue

    dialogue = setup_bench_dialogue()
    people = note_takers(dialogue, args.clients, args.tables_each)
    bodies = payloads(dialogue)
    from django.db import connections

    connections.close_all()
    load_before = os.getloadavg()
    if not args.port:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    server = start_server(args.port, args.workers, args.worker_class, args.threads)
    try:
        submissions = Load(args.port, args.seconds)
        interval = args.clients / args.rate if args.rate else None
        wall = submissions.run([submission_job(args.port, token, list(cells), bodies, interval,
                                               n * interval / args.clients if interval else 0.0)
                                for n, (token, cells) in enumerate(people)])
        result = submissions.figures("result_submissions", wall, {200, 201}, args.clients)
        if args.rate:
            result |= {"offered_per_second": args.rate}
        emit(**result)
        if args.no_baselines:
            return
        trivial = Load(args.port, args.seconds)
        wall = trivial.run([trivial_job(args.port) for _ in range(args.clients)])
        baseline = trivial.figures("trivial_django_view", wall, {200}, args.clients)
        emit(**baseline)
        for name, path in FLOORS:
            floor = Load(args.port, args.seconds)
            body = json.dumps(next(iter(bodies.values())) | {"client_id": "", "replaces": None})
            wall = floor.run([floor_job(args.port, path, token, body) for token, _cells in people])
            emit(**floor.figures(name, wall, {201}, args.clients))
        emit(figure="submissions_vs_trivial_view", throughput_ratio=round(result["per_second"] / baseline["per_second"], 3),
             p95_ratio=round(result["p95_ms"] / baseline["p95_ms"], 2) if baseline["p95_ms"] else None,
             target={"per_second": 300, "p95_ms": 150})
        emit(figure="machine", cores=os.cpu_count(), load_average_before=[round(x, 2) for x in load_before],
             load_average_after=[round(x, 2) for x in os.getloadavg()], gunicorn=server_description(args))
    finally:
        server.terminate()
        server.wait(timeout=30)
        from wetheinternet.core.models import AuditEntry

        AuditEntry.objects.filter(action="bench.one_row").delete()


if __name__ == "__main__":
    main()

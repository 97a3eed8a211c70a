"""Benchmark: every national report plus the regional and global ones, in one language,
built by two Celery worker processes on PostgreSQL; prints one JSON line per figure.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wti_bench REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/reports_build.py [--seed] [--slug scale] [--language en] [--sample 5] [--repeat 3]

``--seed`` first runs ``seed_scale`` with its defaults (120 countries, 600 sites, 3,400
tables, 20,000 participants). Figures: wall time for all reports, seconds per national
report (median, max), WeasyPrint alone on the same HTML for a sample of national reports
and our overhead over it (CPU time, each report built and rendered alone in turn
``--repeat`` times), the time to build the aggregate cube, the open data a worker
computes at each release (which national reports then read), and peak worker memory.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetheinternet.settings")
QUEUE = "bench-reports"
os.environ["CELERY_TASK_DEFAULT_QUEUE"] = QUEUE


def emit(figure, value, unit, **extra):
    print(json.dumps({"bench": "reports", "figure": figure, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def peak_memory_mb(pid):
    """Peak resident memory (VmHWM) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid):
    """User and system CPU time of a process so far (``/proc/<pid>/stat``), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_workers(count):
    env = dict(os.environ, CELERY_TASK_DEFAULT_QUEUE=QUEUE)
    workers = []
    for index in range(count):
        log = open(f"/tmp/bench-reports-worker-{index}.log", "w")  # noqa: SIM115
        command = [sys.executable, "-m", "celery", "-A", "wetheinternet", "worker", "--pool=solo", "-Q", QUEUE,
                   "--loglevel=WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat",
                   "-n", f"bench-{index}-{os.getpid()}@%h"]
        workers.append((subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT), log))
    time.sleep(8)
    return workers


def build_all(dialogue, args):
    """Every report built by ``args.workers`` worker processes; prints wall time, seconds
    per national report, peak memory and the workers' CPU time (on a machine shared with
    other work, the busiest worker's CPU time is the wall time it would take alone)."""
    from reports.domain.jobs import launch_reports, sweep_expired_jobs
    from reports.enums import JobState
    from reports.models import ReportJob

    # Force a full rebuild: forget the fingerprints of earlier files.
    ReportJob.objects.filter(dialogue=dialogue).update(file_fingerprint="")
    workers = start_workers(args.workers)
    try:
        started = time.monotonic()
        jobs = launch_reports(dialogue, by=None, languages=[args.language])
        ids = [job.pk for job in jobs]
        while ReportJob.objects.filter(pk__in=ids, state__in=[JobState.QUEUED, JobState.RUNNING]).exists():
            sweep_expired_jobs()
            time.sleep(1)
        wall = time.monotonic() - started
        memory = max(peak_memory_mb(process.pid) for process, _log in workers)
        cpu = [cpu_seconds(process.pid) for process, _log in workers]
    finally:
        for process, log in workers:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()
    finished = ReportJob.objects.filter(pk__in=ids)
    failed = finished.filter(state=JobState.FAILED).count()
    emit("all_reports_wall_seconds", wall, "s", reports=len(ids), failed=failed, workers=args.workers,
         language=args.language)
    national = list(finished.filter(scope="national").values_list("seconds", flat=True))
    emit("national_report_median_seconds", statistics.median(national), "s", reports=len(national))
    emit("national_report_max_seconds", max(national), "s")
    emit("peak_worker_memory_mb", memory, "MB")
    emit("all_reports_worker_cpu_seconds", sum(cpu), "s", busiest=round(max(cpu), 1), workers=args.workers)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", action="store_true")
    parser.add_argument("--slug", default="scale")
    parser.add_argument("--language", default="en")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-build", action="store_true", help="only the in-process sample (reports built before)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    if args.seed:
        started = time.monotonic()
        call_command("seed_scale", slug=args.slug, no_progress=True)
        emit("seed_scale_seconds", time.monotonic() - started, "s")

    from dialogues.models import Dialogue
    from reports.domain.build import cube_for, dialogue_fingerprint
    from reports.domain.cube import Cube
    from reports.interfaces.pdf import render_pdf
    from reports.interfaces.rendering import render_report
    from reports.models import ReportJob

    dialogue = Dialogue.objects.get(slug=args.slug)
    started = time.monotonic()
    cube = Cube(dialogue)
    emit("cube_totals_seconds", time.monotonic() - started, "s", countries=len(cube.countries))
    started = time.monotonic()
    data = cube.group_data()
    cube.breakdowns("world", data)
    emit("cube_world_breakdowns_seconds", time.monotonic() - started, "s")

    # What the worker does as soon as a release is made (``warm_open_data_task``): the
    # open data of the release, every area's breakdowns included, computed and cached;
    # national reports then read their countries' group figures from it. ``seed_scale``
    # releases without it (``warm_open_data=False``), so the bench does it here, timed.
    from django.core.cache import cache

    from reports.domain.open_data import warm_open_data

    started = time.monotonic()
    cells = warm_open_data(dialogue)
    emit("open_data_at_release_seconds", time.monotonic() - started, "s", cells=cells,
         cache=cache.__class__.__name__)

    if not args.no_build:
        build_all(dialogue, args)
    finished = ReportJob.objects.filter(dialogue=dialogue)

    # WeasyPrint alone on the same HTML, for a sample of national reports: each report
    # built in-process then its HTML rendered alone, alternately, ``--repeat`` times, so
    # that both see the same machine; CPU time is the figure that load disturbs least.
    sample = list(finished.filter(scope="national").order_by("area")[: args.sample])
    cube_for(dialogue, dialogue_fingerprint(dialogue))  # warm, as in a worker that has built one report
    ours, alone, ours_cpu, alone_cpu, prepare = [], [], [], [], []
    for job in sample:
        job.refresh_from_db()
        for _round in range(args.repeat):
            started, cpu_started = time.monotonic(), time.process_time()
            _pdf, _name, timings = render_report(job, progress=lambda percent: None)
            ours.append(time.monotonic() - started)
            ours_cpu.append(time.process_time() - cpu_started)
            prepare.append(timings["prepare"])
            started, cpu_started = time.monotonic(), time.process_time()
            render_pdf(timings["html"])
            alone.append(time.monotonic() - started)
            alone_cpu.append(time.process_time() - cpu_started)
    runs = {"sample": len(sample), "repeat": args.repeat}
    emit("national_report_in_process_median_seconds", statistics.median(ours), "s", **runs)
    emit("national_report_cpu_median_seconds", statistics.median(ours_cpu), "s", **runs)
    emit("national_report_prepare_median_seconds", statistics.median(prepare), "s", **runs)
    emit("weasyprint_alone_median_seconds", statistics.median(alone), "s", **runs)
    emit("weasyprint_alone_cpu_median_seconds", statistics.median(alone_cpu), "s", **runs)
    emit("overhead_over_weasyprint_ratio", statistics.median(ours_cpu) / statistics.median(alone_cpu) - 1, "ratio",
         basis="cpu", **runs)
    emit("overhead_over_weasyprint_wall_ratio", statistics.median(ours) / statistics.median(alone) - 1, "ratio",
         basis="wall", **runs)

if __name__ == "__main__":
    main()

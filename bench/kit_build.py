"""Benchmark: one country's dissemination kit, built in this process as a worker builds
it (cube, kit context, key-findings PDF, slides, charts as SVG and PNG, press summary,
ZIP); prints one JSON line per figure.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wti_bench .venv/bin/python bench/kit_build.py \\
        [--slug scale] [--area AM] [--language en] [--repeat 3]

Figures: wall and CPU time of the first kit (the worker's cube built first) and of the
next ones (the cube kept, as when a worker builds many kits of one release), the
preparation (our code) against the rendering, the ZIP's size and number of charts, and
the process's peak memory. Nothing is stored: the kit is rendered, not saved.
"""

import argparse
import io
import json
import os
import resource
import statistics
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetheinternet.settings")


def emit(figure, value, unit, **extra):
    print(json.dumps({"bench": "kit", "figure": figure, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--slug", default="scale")
    parser.add_argument("--area", default="AM")
    parser.add_argument("--language", default="en")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import django

    django.setup()
    from dialogues.models import Dialogue
    from reports.domain.kits import KitError
    from reports.enums import ReportScope
    from reports.interfaces.kits import render_kit
    from reports.models import DisseminationKit

    dialogue = Dialogue.objects.get(slug=args.slug)
    kit = DisseminationKit(dialogue=dialogue, scope=ReportScope.NATIONAL, area=args.area, language=args.language)
    runs = []
    for run in range(args.repeat + 1):
        wall, cpu = time.monotonic(), time.process_time()
        try:
            content, _name, timings = render_kit(kit, progress=lambda percent: None)
        except KitError as error:
            sys.exit(str(error))
        runs.append((time.monotonic() - wall, time.process_time() - cpu, timings))
        if run == 0:
            emit("first kit, cube built (wall)", runs[0][0], "s", area=args.area, language=args.language)
            emit("first kit, cube built (CPU)", runs[0][1], "s")
    later = runs[1:]
    emit("kit, cube kept (wall, median)", statistics.median(r[0] for r in later), "s", runs=len(later))
    emit("kit, cube kept (CPU, median)", statistics.median(r[1] for r in later), "s")
    emit("our preparation (wall, median)", statistics.median(r[2]["prepare"] for r in later), "s")
    emit("rendering: PDFs, SVG, PNG, ZIP (wall, median)", statistics.median(r[2]["render"] for r in later), "s")
    for step, label in (("pdfs", "key findings and slides PDFs"), ("svg", "press summary and SVG charts"),
                        ("png", "PNG charts: chart pages PDF + pdftoppm")):
        emit(f"{label} (wall, median)", statistics.median(r[2][step] for r in later), "s")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    emit("pdftoppm CPU per kit (all runs' children / runs)", (children.ru_utime + children.ru_stime) / len(runs), "s")
    names = zipfile.ZipFile(io.BytesIO(content)).namelist()
    emit("zip size", len(content) / 1024, "KB", files=len(names))
    emit("charts", sum(1 for name in names if name.endswith(".svg")), "charts")
    emit("peak memory", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
    emit("load average", os.getloadavg()[0], "", note="1-minute load average at the end")


if __name__ == "__main__":
    main()

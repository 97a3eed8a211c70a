"""Benchmark: peak memory of exporting 20,000 registrants as CSV and as XLSX through the
partner's export view (the full request: permission, visibility, audit, streaming).

    .venv/bin/python bench/export_registrants.py [--count 20000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wti_bench_export .venv/bin/python bench/export_registrants.py

Without ``DATABASE_URL`` a SQLite file in the temporary folder is used (created and
migrated, then removed). Each export runs in a fresh process, so its peak resident memory
(VmHWM) is the export's and the framework's, not the seeding's; one JSON line per figure:
peak process memory, the Python allocations peak during the export alone (tracemalloc),
the bytes sent and the seconds taken, with the machine's load average."""

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetheinternet.settings")
BATCH = 2000


def emit(figure, value, unit, **extra):
    load = f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    print(json.dumps({"bench": "export_registrants", "figure": figure, "value": round(value, 3),
                      "unit": unit, "machine": load, **extra}), flush=True)


def seed(count):
    """One partner, one site, ``count`` registrants; returns the partner member's id."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model

    from dialogues.models import Dialogue, Partner, PartnerMembership, Site
    from registrations.models import Registrant
    from wetheinternet.core.lists import normalise_search_text

    dialogue = Dialogue.objects.create(slug=f"bench-export-{int(time.time())}", name="Bench export", deliberation_date=datetime.date(2026, 10, 24))
    partner = Partner.objects.create(dialogue=dialogue, name="Bench partner", countries=["FR"])
    site = Site.objects.create(partner=partner, name="Bench hall", country="FR", city="Lyon", time_zone="Europe/Paris")
    user = get_user_model().objects.create_user(email=f"bench-{dialogue.slug}@example.net", password=None)
    PartnerMembership.objects.create(partner=partner, user=user)
    made = 0
    while made < count:
        batch = []
        for n in range(made, min(count, made + BATCH)):
            first, last = f"Prénom{n}", f"=Nom{n}"
            code = f"B{n:07d}"[:4] + "-" + f"B{n:07d}"[4:]
            batch.append(Registrant(
                dialogue=dialogue, site=site, country="FR", reference_code=code, first_name=first, last_name=last,
                email=f"person{n}@example.net", phone="+33600000000",
                search_text=normalise_search_text(first, last, code),
            ))
        Registrant.objects.bulk_create(batch)
        made += len(batch)
    return partner.pk, user.pk


def measure(partner_id, user_id, file_format):
    """Run one export in this (fresh) process and print its figures."""
    import tracemalloc

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    client = Client(HTTP_HOST="localhost")
    client.force_login(get_user_model().objects.get(pk=user_id))
    url = reverse("registrations:partner_registrants_export", kwargs={"partner_id": partner_id})
    tracemalloc.start()
    started = time.monotonic()
    response = client.get(url, {"format": file_format})
    sent = sum(len(chunk) for chunk in response.streaming_content)
    seconds = time.monotonic() - started
    _current, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            emit(f"{file_format}_peak_process_memory", int(line.split()[1]) / 1024, "MB", status=response.status_code)
    emit(f"{file_format}_python_allocations_peak", python_peak / 1024 / 1024, "MB")
    emit(f"{file_format}_bytes_sent", sent, "bytes")
    emit(f"{file_format}_seconds", seconds, "s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--measure", nargs=3, metavar=("PARTNER", "USER", "FORMAT"))
    args = parser.parse_args()
    if args.measure:
        measure(int(args.measure[0]), int(args.measure[1]), args.measure[2])
        return
    scratch = None
    if not os.environ.get("DATABASE_URL"):
        scratch = Path(tempfile.mkdtemp(prefix="wti-bench-export-"))
        os.environ["VAR_DIR"] = str(scratch)
    try:
        partner_id, user_id = seed(args.count)
        emit("registrants", args.count, "rows")
        for file_format in ("csv", "xlsx"):
            subprocess.run([sys.executable, __file__, "--measure", str(partner_id), str(user_id), file_format],
                           check=True, env=os.environ)
    finally:
        if scratch is not None:
            for path in sorted(scratch.rglob("*"), reverse=True):
                path.unlink() if path.is_file() else path.rmdir()
            scratch.rmdir()


if __name__ == "__main__":
    main()

"""Registration: public form submissions per second (sequential, one process, through
the whole Django stack: middleware, form, domain, database, confirmation e-mail to
memory). Uses its own SQLite database in a temporary folder (or DATABASE_URL).
Run on demand: ``.venv/bin/python bench/registration_form.py``. One JSON line."""

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from registration_common import machine_note

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="registration-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wetheinternet.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")

SUBMISSIONS = int(os.environ.get("SUBMISSIONS", "300"))


def main():
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    setup_test_environment()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("migrate", verbosity=0)
    from tests.factories.registrations import registration_world

    world = registration_world()
    url = reverse("registrations:register_site", kwargs={"slug": world.dialogue.slug, "site_id": world.lyon.pk})
    client = Client()
    base = {
        "first_name": "Bench", "last_name": "Person", "preferred_language": "fr",
        "feature_gender": world.features["gender"]["woman"].pk, "feature_age": world.features["age"]["old"].pk,
        "consent_participation": "on", "consent_statistics": "on",
    }
    client.get(url)
    started = time.monotonic()
    latencies = []
    for n in range(SUBMISSIONS):
        one = time.monotonic()
        response = client.post(url, {**base, "email": f"bench{n}@example.net"})
        latencies.append(time.monotonic() - one)
        assert response.status_code == 200 and b"reference-code" in response.content, response.status_code
    elapsed = time.monotonic() - started
    latencies.sort()
    print(json.dumps({
        "bench": "registration_form", "submissions": SUBMISSIONS, "database": settings.DATABASES["default"]["ENGINE"],
        "per_second": round(SUBMISSIONS / elapsed, 1), "p50_ms": round(1000 * latencies[len(latencies) // 2], 1),
        "p95_ms": round(1000 * latencies[int(len(latencies) * 0.95)], 1), "note": machine_note(),
    }), flush=True)


if __name__ == "__main__":
    main()

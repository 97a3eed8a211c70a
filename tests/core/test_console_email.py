"""The console e-mail backend never writes an address, a reference code or a live link
into the log, and production refuses to start with it unless told."""

import os
import subprocess
import sys
from pathlib import Path

from django.core.mail import EmailMessage

from wetheinternet.core.mail import MaskedConsoleBackend, mask

ROOT = Path(__file__).resolve().parents[2]


def test_mask_hides_addresses_codes_and_link_paths():
    text = "Dear Ana (ana@example.org), your code ABCD-2345: https://we.example.org/my-data/eyJhbGc.abc/ ok"

    assert mask(text) == "Dear Ana ([address hidden]), your code [code hidden]: https://we.example.org/[link hidden] ok"


def test_console_backend_writes_the_message_masked(capsys):
    message = EmailMessage("Your link", "Open https://we.example.org/my-data/t0k3n/ with code WXYZ-2345.",
                           "noreply@we.example.org", ["ana@example.org"])

    MaskedConsoleBackend(stream=sys.stdout).send_messages([message])

    out = capsys.readouterr().out
    assert "ana@example.org" not in out and "t0k3n" not in out and "WXYZ-2345" not in out
    assert "To: [address hidden]" in out
    assert "Open https://we.example.org/[link hidden] with code [code hidden]." in out


def _check(extra):
    env = {key: value for key, value in os.environ.items() if key not in ("EMAIL_URL", "ALLOW_CONSOLE_EMAIL")}
    env |= {"DJANGO_ENV": "production", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "we.example.org",
            "FIELD_ENCRYPTION_KEY": "qd8mYBGd9y8tIuOfT8tdyMYH3hyBUSXZaT8xQ1hJtJk=", "PYTEST_VERSION": ""} | extra
    env.pop("PYTEST_VERSION")
    return subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True)


def test_production_refuses_to_start_with_console_email():
    result = _check({})

    assert result.returncode != 0
    assert "EMAIL_URL is not set" in result.stderr


def test_production_starts_with_console_email_when_told():
    assert _check({"ALLOW_CONSOLE_EMAIL": "1"}).returncode == 0


def test_production_starts_with_an_smtp_server():
    assert _check({"EMAIL_URL": "smtp+tls://mailer:secret@mail.example.org:587"}).returncode == 0

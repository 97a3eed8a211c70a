import signal
import subprocess
import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from wetheinternet.core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD


class Command(BaseCommand):
    help = "Serve the site and run a Celery worker (with its beat) beside it; Ctrl-C stops both."

    def add_arguments(self, parser):
        parser.add_argument("--address", default="127.0.0.1:8000")

    def handle(self, *args, address, **options):
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "wetheinternet", "worker", "--beat", "--loglevel=INFO",
             "--concurrency=2", "--schedule", settings.CELERY_BEAT_SCHEDULE_FILENAME]
        )
        server = subprocess.Popen([sys.executable, "manage.py", "runserver", address])
        self._print_welcome(address)
        # Stopped by a process manager (SIGTERM) as by Ctrl-C: stop both children too.
        signal.signal(signal.SIGTERM, _stop)
        try:
            while worker.poll() is None and server.poll() is None:
                try:
                    server.wait(timeout=1)
                except subprocess.TimeoutExpired:
                    continue
        except KeyboardInterrupt:
            pass
        finally:
            for process in (server, worker):
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in (server, worker):
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
        self.stdout.write("Stopped the web server and the worker.")

    def _print_welcome(self, address):
        self.stdout.write(self.style.SUCCESS(f"\nWe, the Internet is running at http://{address}/"))
        self.stdout.write("A Celery worker runs beside it (embedded broker in var/celery). Ctrl-C stops both.")
        self.stdout.write(f"Demo sign-ins (password for all: {DEMO_PASSWORD}):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.email:<36} {account.role}")
        self.stdout.write("E-mails (invitations, receipts) are printed in this terminal.")
        self.stdout.write(
            "The demo dialogue is small, so most of its published figures are hidden, as they must be. For reports "
            f"with visible national, regional and world figures: make demo-results, then http://{address}/en/reports/results/\n"
        )


def _stop(signum, frame):
    raise KeyboardInterrupt

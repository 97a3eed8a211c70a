"""A real Celery worker, started as a separate process against the test database and
the same broker and queue as the test, for tests that prove work crosses processes."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def database_url(settings_dict):
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    user = settings_dict.get("USER") or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings_dict['NAME']}"


class WorkerProcess:
    def __init__(self, log_path, *, concurrency=1, extra_env=None):
        self.log_path = log_path
        env = {key: value for key, value in os.environ.items() if key != "PYTEST_VERSION"}
        env.update(
            DATABASE_URL=database_url(connection.settings_dict),
            CELERY_TASK_DEFAULT_QUEUE=settings.CELERY_TASK_DEFAULT_QUEUE,
            MEDIA_ROOT=str(settings.MEDIA_ROOT),
        )
        env.update(extra_env or {})
        command = [
            sys.executable, "-m", "celery", "-A", "wetheinternet", "worker",
            "--loglevel=INFO", f"--concurrency={concurrency}", "-Q", settings.CELERY_TASK_DEFAULT_QUEUE,
            "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", f"test-{os.getpid()}@%h",
        ]
        self.log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        # A session of its own, so that ``kill`` reaches the pool's child processes too.
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def output(self):
        return Path(self.log_path).read_text()

    def wait_until_ready(self, timeout=60):
        self.wait_for(lambda: " ready." in self.output(), timeout=timeout, what="worker start")

    def wait_for(self, condition, *, timeout=60, what="condition"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return
            if self.process.poll() is not None:
                raise AssertionError(f"worker exited early:\n{self.output()[-3000:]}")
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}; worker log:\n{self.output()[-3000:]}")

    def kill(self):
        """SIGKILL the worker and its pool processes at once, as a crash or an OOM kill would."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

import os
import tempfile

import pytest

from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory


def pytest_configure(config):
    """Tests hash passwords with a fast hasher: the production hasher (PBKDF2, a million
    rounds) costs about 0.2 s for every user a test creates or signs in. A view that queries
a partner's data without ``visible_to(user)`` raises (``core/visibility.py``)."""
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.VISIBILITY_GUARD = True


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Each test process gets its own test database, so that several runs (and a real
    worker process started by a test) can share the machine. SQLite tests use a file,
    not memory, so that a worker process can open the same database."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    test = db.setdefault("TEST", {})
    if db["ENGINE"].endswith("sqlite3"):
        test["NAME"] = os.path.join(tempfile.gettempdir(), f"wti-test-{os.getpid()}.sqlite3")
    else:
        test["NAME"] = f"test_{db['NAME']}_{os.getpid()}"


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Files written by a test go to its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English: a request in another language leaves that language
    active in the thread, which would change what the next test's reverse() gives."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def eager_tasks(monkeypatch):
    """Celery tasks run at once in the test process instead of going to the broker."""
    from wetheinternet.celery import app

    monkeypatch.setitem(app.conf, "task_always_eager", True)


@pytest.fixture
def staff_user(db):
    return StaffFactory()


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def two_partners(db):
    """Two partners of one dialogue, each with a coordinator: every isolation test
    tries the other partner's ids."""
    first = PartnerFactory(countries=["FR"])
    second = PartnerFactory(dialogue=first.dialogue, countries=["KE"])
    PartnerMembershipFactory(partner=first)
    PartnerMembershipFactory(partner=second)
    return first, second


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path):
    """A real Celery worker process consuming this test run's queue against the test
    database. Tests using it need ``@pytest.mark.django_db(transaction=True)`` so that
    what they write is committed and visible to the worker."""
    from tests.worker import WorkerProcess

    worker = WorkerProcess(tmp_path / "worker.log")
    try:
        worker.wait_until_ready()
        yield worker
    finally:
        worker.stop()



@pytest.fixture
def own_redis(tmp_path):
    """A Redis server of this test's own (see tests/redis_server.py), stopped at the end."""
    from tests.redis_server import RedisServer

    server = RedisServer(tmp_path).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def broker_refuses(monkeypatch):
    """Every hand-over to the broker fails, as when Redis is unreachable."""
    from kombu.exceptions import OperationalError

    from wetheinternet.core.tasks import run_deferred_task

    def refuse(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(run_deferred_task, "apply_async", refuse)

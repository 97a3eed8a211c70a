"""docker-compose.yml cannot be started here (no Docker engine), so it is checked by
reading it: the services exist, run what they should, and use the settings' names."""

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# Variables read by libraries rather than by our settings module.
LIBRARY_VARIABLES = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def settings_variables():
    source = (ROOT / "wetheinternet" / "settings.py").read_text()
    return set(re.findall(r"""env(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]+)["']""", source)) | set(
        re.findall(r"""os\.environ\.get\(\s*["']([A-Z][A-Z0-9_]+)["']""", source)
    )


def test_compose_has_web_worker_beat_database_and_broker(compose):
    assert set(compose["services"]) == {"migrate", "web", "worker", "beat", "db", "redis"}
    assert compose["services"]["web"]["command"][0] == "gunicorn"
    assert compose["services"]["worker"]["command"][:4] == ["celery", "-A", "wetheinternet", "worker"]
    assert compose["services"]["beat"]["command"][:4] == ["celery", "-A", "wetheinternet", "beat"]
    assert compose["services"]["db"]["image"].startswith("postgres:")
    assert compose["services"]["redis"]["image"].startswith("redis:")


@pytest.mark.parametrize("service", ["migrate", "web", "worker", "beat"])
def test_app_services_use_only_variables_the_settings_read(compose, service):
    environment = set(compose["services"][service]["environment"])

    unknown = environment - settings_variables() - LIBRARY_VARIABLES

    assert unknown == set()
    assert {"DJANGO_ENV", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "FIELD_ENCRYPTION_KEY"} <= environment
    assert compose["services"][service]["environment"]["DJANGO_ENV"] == "production"


def test_app_database_credentials_match_the_database_service(compose):
    database_url = compose["services"]["web"]["environment"]["DATABASE_URL"]
    db_env = compose["services"]["db"]["environment"]

    assert database_url.startswith(f"postgres://{db_env['POSTGRES_USER']}:")
    assert database_url.endswith(f"@db:5432/{db_env['POSTGRES_DB']}")
    assert compose["services"]["web"]["environment"]["REDIS_URL"] == "redis://redis:6379/0"


def test_cache_is_a_redis_database_apart_from_the_broker(compose):
    for service in ("web", "worker", "beat"):
        environment = compose["services"][service]["environment"]

        assert (environment["REDIS_URL"], environment["CACHE_URL"]) == ("redis://redis:6379/0", "redis://redis:6379/1")


def test_every_settings_variable_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()

    undocumented = {name for name in settings_variables() if f"`{name}`" not in readme}

    assert undocumented == set()

"""With the cache's Redis down, pages keep working: sign-in (allauth's rate limits), the
public incident report (stored), open data, the data-rights link form; rate limits
keep counting in each process's memory. The test runs a Redis server of its own and
stops it."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from conduct.models import Incident
from tests.factories.accounts import PASSWORD, UserFactory
from tests.reports.conftest import tiny  # noqa: F401
from wetheinternet.core import cache as failsafe
from wetheinternet.core.throttle import count_attempt, is_limited

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_down(settings, own_redis):
    settings.CACHES = {"default": {"BACKEND": "wetheinternet.core.cache.FailSafeRedisCache",
                                   "LOCATION": own_redis.url(1)}}
    cache.set("probe", "reached")
    assert cache.get("probe") == "reached"  # the server was really used
    own_redis.stop()
    return own_redis


def test_sign_in_works_with_the_cache_down(client, cache_down):
    user = UserFactory(email="ana@example.net")

    response = client.post(reverse("account_login"), {"login": "ana@example.net", "password": PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_incident_report_is_stored_with_the_cache_down(client, cache_down):
    form = {"kind": "incident", "description": "Insulted in the chat.", "happened_when": "Today 14:00",
            "place_kind": "online", "relation": "observed"}

    response = client.post(reverse("conduct:report"), form)

    assert response.status_code == 200
    assert "Your report was received" in response.content.decode()
    assert Incident.objects.count() == 1


def test_open_data_is_served_with_the_cache_down(client, tiny, cache_down):  # noqa: F811 - the fixture
    response = client.get(reverse("reports:open_data", args=[tiny.slug, "csv"]))

    assert response.status_code == 200
    assert response.content.decode().startswith("area,question,option,group,count,suppressed,k,released_at\n")


def test_rights_link_form_answers_with_the_cache_down(client, cache_down):
    response = client.post("/en/my-data/new-link/", {"identifier": "someone@example.net"}, follow=True)

    assert response.status_code == 200
    assert "If we hold data under what you typed, a new link is on its way" in response.content.decode()


def test_rate_limit_still_applies_in_process_memory_while_the_cache_is_down(rf, cache_down):
    request = rf.post("/", REMOTE_ADDR="203.0.113.9")

    counts = [count_attempt("probe", request, window=60) for _ in range(3)]

    assert counts == [1, 2, 3]
    assert is_limited("probe", request, attempts=3) is True
    assert is_limited("probe", rf.post("/", REMOTE_ADDR="203.0.113.10"), attempts=3) is False


def test_cache_goes_back_to_redis_once_it_returns(settings, own_redis, monkeypatch):
    settings.CACHES = {"default": {"BACKEND": "wetheinternet.core.cache.FailSafeRedisCache",
                                   "LOCATION": own_redis.url(1)}}
    own_redis.stop()
    cache.set("during", "memory")
    own_redis.start()
    monkeypatch.setattr(failsafe, "RETRY_AFTER_SECONDS", 0)
    cache._down_until = 0.0  # the retry interval has passed

    cache.set("after", "redis")

    import redis

    assert redis.Redis.from_url(own_redis.url(1)).exists(cache.make_key("after")) == 1

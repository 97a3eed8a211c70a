"""The cache's Redis database is the one after the broker's unless CACHE_URL says otherwise."""

import pytest

from wetheinternet.settings import _next_redis_database


@pytest.mark.parametrize(("broker", "cache"), [
    ("redis://redis:6379/0", "redis://redis:6379/1"),
    ("redis://:secret@redis.example:6380/4", "redis://:secret@redis.example:6380/5"),
    ("redis://redis:6379", "redis://redis:6379/1"),
    ("", ""),
])
def test_cache_defaults_to_the_next_redis_database(broker, cache):
    assert _next_redis_database(broker) == cache

"""The cache backend for production: Redis, and a cache failure never breaks a page.

The rule (docs/faults.md): the cache only ever holds what can be rebuilt or lost
(computed figures, rate-limit counters). When Redis cannot be reached, each call falls
back to a small cache in the process's memory and Redis is left alone for
``RETRY_AFTER_SECONDS`` before it is tried again, so a page never waits on a dead
server more than once per process and interval. Reads then miss and are computed again;
rate limits keep counting in each process (they still apply, per process, with a limit
that is at most the number of web processes times looser) — they neither block
everyone nor switch off."""

import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5
CACHE_ERRORS = (RedisError, OSError)
SOCKET_TIMEOUTS = {"socket_connect_timeout": 1, "socket_timeout": 1}


def _fail_safe(method):
    """``RedisCache.<method>``, falling back to process memory when Redis is away."""

    def call(self, *args, **kwargs):
        if time.monotonic() >= self._down_until:
            try:
                return getattr(RedisCache, method)(self, *args, **kwargs)
            except CACHE_ERRORS as error:
                self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
                logger.warning("cache unreachable (%s), using process memory for %ss", type(error).__name__,
                               RETRY_AFTER_SECONDS)
        return getattr(self._fallback, method)(*args, **kwargs)

    call.__name__ = method
    return call


class FailSafeRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        params["OPTIONS"] = SOCKET_TIMEOUTS | params.get("OPTIONS", {})
        super().__init__(server, params)
        self._fallback = LocMemCache(f"failsafe-{id(self)}", {"TIMEOUT": params.get("TIMEOUT", 300)})
        self._down_until = 0.0

    # Every operation that reaches the server (the others are built on these).
    get = _fail_safe("get")
    set = _fail_safe("set")
    add = _fail_safe("add")
    touch = _fail_safe("touch")
    delete = _fail_safe("delete")
    incr = _fail_safe("incr")
    has_key = _fail_safe("has_key")
    get_many = _fail_safe("get_many")
    set_many = _fail_safe("set_many")
    delete_many = _fail_safe("delete_many")
    clear = _fail_safe("clear")

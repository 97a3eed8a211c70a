"""Rate limits on public forms, counted in the Django cache per client address. Each
app names its limits (attempts per window) and asks before doing the work."""

from django.core.cache import cache


def client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def _key(name, request):
    return f"throttle:{name}:{client_address(request)}"


def is_limited(name, request, *, attempts):
    return cache.get(_key(name, request), 0) >= attempts


def count_attempt(name, request, *, window):
    key = _key(name, request)
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1

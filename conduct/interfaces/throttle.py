"""Rate limits on the public report form and the receipt lookup, counted in the Django
cache per client address. Limits are generous so that a real reporter (or several
people reporting from one venue's network) is not stopped; flooding and code guessing
are."""

from django.core.cache import cache

LIMITS = {
    # name: (attempts, window in seconds)
    "report": (20, 3600),
    "receipt_lookup": (10, 600),
}


def client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def _key(name, request):
    return f"conduct-throttle:{name}:{client_address(request)}"


def is_limited(name, request):
    attempts, _window = LIMITS[name]
    return cache.get(_key(name, request), 0) >= attempts


def count_attempt(name, request):
    _attempts, window = LIMITS[name]
    key = _key(name, request)
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1

"""Rate limits on the public report form and the receipt lookup. Limits are generous so
that a real reporter (or several people reporting from one venue's network) is not
stopped; flooding and code guessing are."""

from wetheinternet.core import throttle

LIMITS = {
    # name: (attempts, window in seconds)
    "report": (20, 3600),
    "receipt_lookup": (10, 600),
}


def is_limited(name, request):
    attempts, _window = LIMITS[name]
    return throttle.is_limited(f"conduct:{name}", request, attempts=attempts)


def count_attempt(name, request):
    _attempts, window = LIMITS[name]
    return throttle.count_attempt(f"conduct:{name}", request, window=window)

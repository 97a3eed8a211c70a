"""What a visitor gets when the platform cannot answer: one place for every request.

Django turns an exception raised anywhere (a view, a middleware, a lazily loaded
session or user) into a call of ``handler500`` inside the ``except`` block, so this
handler sees the error. A database that cannot be reached (OperationalError,
InterfaceError: PostgreSQL restarting, a dropped connection, SQLite locked) is a
temporary outage, not a bug: the answer is 503 with ``Retry-After``, JSON on the API and
for scripts that ask for JSON (the offline result queue retries on it), a translated
page otherwise. Nothing here touches the database (no request context processors)."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)


def wants_json(request):
    return request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", "")


def service_unavailable(request):
    """503: the database could not be reached. Says that a form may be sent again."""
    message = _(
        "The service is briefly unavailable: its database cannot be reached. Nothing is lost by waiting: "
        "try again in a minute. Sending the same form again is safe; a result is never stored twice."
    )
    if wants_json(request):
        response = JsonResponse({"status": 503, "detail": message, "message": message, "errors": {}}, status=503)
    else:
        context = {"message": message, "title": _("Briefly unavailable")}
        response = HttpResponse(render_to_string("503.html", context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request, template_name="500.html"):
    """``handler500``: 503 for an unreachable database, else the plain 500 page (JSON on the API)."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return service_unavailable(request)
    if wants_json(request):
        message = _("Something went wrong on our side. Check whether what you sent was stored before sending it again.")
        return JsonResponse({"status": 500, "detail": message, "message": message, "errors": {}}, status=500)
    return HttpResponse(render_to_string(template_name), status=500)

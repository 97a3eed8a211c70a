"""The project's WSGI app plus the baseline views of bench/result_entry.py, measured on
the same server, middleware, authentication and database settings as the submissions:

- ``/bench/trivial/``: a plain Django view answering "ok";
- ``/bench/api-noop/``: an API view with the submissions' authentication (token) and
  body (parsed JSON) that stores nothing: the floor of any API endpoint here;
- ``/bench/api-one-row/``: the same, plus one durable row (an audit entry) in its own
  transaction: the floor of any design that stores a submission before answering."""

# Django is set up first: DRF's views import the configured authentication classes,
# which need the apps loaded.
from wetheinternet.wsgi import application  # noqa: F401, I001

from importlib import import_module  # noqa: E402

from django.db import transaction  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


class NoopApiView(APIView):
    def post(self, request):
        return Response({"ballots": len(request.data.get("ballots", []))}, status=201)


class OneRowApiView(APIView):
    def post(self, request):
        from wetheinternet.core.models import AuditEntry

        with transaction.atomic():
            AuditEntry.objects.create(action="bench.one_row", actor=request.user,
                                      data={"ballots": len(request.data.get("ballots", []))})
        return Response({"stored": True}, status=201)


import_module("wetheinternet.urls").urlpatterns.extend([
    path("bench/trivial/", trivial),
    path("bench/api-noop/", NoopApiView.as_view()),
    path("bench/api-one-row/", OneRowApiView.as_view()),
])

"""The project's WSGI app plus the baseline views of bench/result_entry.py, measured on
the same server, middleware, authentication and database settings as the submissions:

- ``/bench/trivial/``: a plain Django view answering "ok";
- ``/bench/api-noop/``: an API view with the submissions' authentication (token) and
  body (parsed JSON) that stores nothing: the floor of any API endpoint here;
- ``/bench/api-one-row/``: the same, plus one durable row (an audit entry) in its own
  transaction: the floor of any design that stores a submission before answering."""

from importlib import import_module

from django.db import transaction
from django.http import HttpResponse
from django.urls import path
from rest_framework.response import Response
from rest_framework.views import APIView

from wetheinternet.wsgi import application  # noqa: F401  (sets Django up; imported first)


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

"""The project's WSGI app plus one trivial view, for bench/result_entry.py only: the
baseline is measured on the same server, middleware and database settings."""

from importlib import import_module

from django.http import HttpResponse
from django.urls import path

from wetheinternet.wsgi import application  # noqa: F401  (sets Django up; imported first)


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


import_module("wetheinternet.urls").urlpatterns.append(path("bench/trivial/", trivial))

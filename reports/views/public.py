"""Public pages: published reports, open data, the live dashboard. No sign-in."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render

from dialogues.enums import DialogueKind

from ..domain.dashboard import dashboard_context
from ..domain.open_data import as_csv, as_json, cached_open_data
from ..domain.open_data_package import (
    codebook_fields,
    extra_resource,
    labelled_fields,
    open_data_package,
    to_csv,
)
from ..domain.queries.public import public_dialogue
from ..domain.wall import wall_context
from ..models import ReportJob
from .kits import kit_rows
from .manage import job_rows


def reports_page(request, slug):
    dialogue = public_dialogue(slug)
    jobs = ReportJob.objects.visible_to(request.user).filter(dialogue=dialogue, published_at__isnull=False)
    comparison = dialogue.compared_with_id is not None and request.user.has_perm("reports.view_comparison", dialogue)
    plenary = dialogue.kind == DialogueKind.DEMONSTRATION and request.user.has_perm("reports.view_plenary", dialogue)
    return render(request, "reports/public.html", {"dialogue": dialogue, "rows": job_rows(jobs.select_related("file")),
                                                   "comparison": comparison, "plenary": plenary,
                                                   "kits": kit_rows(dialogue)})


def open_data(request, slug, fmt):
    dialogue = public_dialogue(slug)
    cells = cached_open_data(dialogue)
    if fmt == "json":
        response = HttpResponse(as_json(cells), content_type="application/json; charset=utf-8")
    elif fmt == "csv":
        response = HttpResponse(as_csv(cells), content_type="text/csv; charset=utf-8")
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{dialogue.slug}-open-data.{fmt}"'
    return response


PACKAGE_FILES = {
    "datapackage.json": ("application/json", lambda package: as_json(package["descriptor"])),
    "figures.csv": ("text/csv", lambda package: to_csv(package["figures"], labelled_fields())),
    "figures.json": ("application/json", lambda package: as_json(package["figures"])),
    "codebook.csv": ("text/csv", lambda package: to_csv(package["codebook"], codebook_fields())),
    "codebook.json": ("application/json", lambda package: as_json(package["codebook"])),
}


def _extra_file(dialogue, name):
    """A table another app adds to the package (``evaluation.csv``), or 404."""
    resource = extra_resource(name)
    rows = open_data_package(dialogue)["extras"].get(resource.name) if resource else None
    if rows is None or not name.endswith((".csv", ".json")):
        raise Http404
    if name.endswith(".csv"):
        return "text/csv", to_csv(rows, resource.fields)
    return "application/json", as_json(rows)


def open_data_file(request, slug, name):
    """One file of the open-data package (Frictionless Data Package: ``datapackage.json``
    and the tables it describes, in CSV and JSON)."""
    dialogue = public_dialogue(slug)
    if name in PACKAGE_FILES:
        content_type, write = PACKAGE_FILES[name]
        content = write(open_data_package(dialogue))
    else:
        content_type, content = _extra_file(dialogue, name)
    response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
    if name != "datapackage.json":
        response["Content-Disposition"] = f'attachment; filename="{dialogue.slug}-{name}"'
    return response


def dashboard(request, slug):
    dialogue = public_dialogue(slug)
    context = dashboard_context(dialogue, topic_code=request.GET.get("topic"))
    template = "reports/_dashboard_topic.html" if request.htmx else "reports/dashboard.html"
    return render(request, template, context)


def wall(request, slug, projector=False):
    """The live world wall (public): the map of tables reporting, the timeline across time
    zones and the latest release's findings; htmx asks for the wall alone every few seconds.
    ``projector``: the same wall full screen, without the site's header, for a projector."""
    dialogue = public_dialogue(slug)
    context = wall_context(dialogue) | {"projector": projector, "refresh": settings.WALL_REFRESH_SECONDS}
    if request.htmx:
        return render(request, "reports/_wall.html", context)
    return render(request, "reports/wall_projector.html" if projector else "reports/wall.html", context)

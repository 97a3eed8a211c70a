"""Every site one may see (organiser staff: all; partner members: their partners'),
searched, filtered, sorted, paged and exported."""

from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from wetheinternet.core.exports import FORMATS, export_response
from wetheinternet.core.lists import apply_list, list_page, remember_query, remembered_query
from wetheinternet.core.permissions import permission_required

from ..domain.exports import export_sites
from ..interfaces.site_list import SITES_KEY, site_list_spec
from ..models import Site


def _sites(request):
    return (
        Site.objects.visible_to(request.user)
        .select_related("partner")
        .annotate(
            table_count=Count("tables", distinct=True),
            staffed_count=Count(
                "tables", filter=Q(tables__facilitator__isnull=False, tables__note_taker__isnull=False), distinct=True
            ),
        )
    )


def _spec(request):
    codes = Site.objects.visible_to(request.user).order_by().values_list("country", flat=True).distinct()
    return site_list_spec([str(code) for code in codes])


@require_http_methods(["GET", "POST"])
@permission_required("dialogues.view_site_list")
def site_list(request):
    if request.method == "POST":
        remember_query(request, SITES_KEY)
        return redirect(request.path)
    return render(request, "dialogues/sites/list.html", {"list": list_page(request, _sites(request), _spec(request), key=SITES_KEY)})


@require_GET
@permission_required("dialogues.view_site_list")
def site_list_export(request):
    file_format = request.GET.get("format") if request.GET.get("format") in FORMATS else "csv"
    sites, *_applied = apply_list(_sites(request), request.GET, _spec(request), query=remembered_query(request, SITES_KEY))
    header, rows = export_sites(sites, by=request.user, file_format=file_format)
    return export_response(file_format, "sites", header, rows)

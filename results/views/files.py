"""Files around result entry: the printable sheets (PDF) and the offline service worker."""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.templatetags.static import static
from django.utils.text import slugify
from django.views.decorators.cache import never_cache

from dialogues.models import Site, Table
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404

from ..interfaces.sheets import site_sheets_pdf
from .entry import table_from_url
from .progress import site_from_url


@permission_required("results.print_result_sheets", fn=site_from_url)
def result_sheets(request, site_id):
    site = get_visible_or_404(Site.objects.select_related("partner"), request.user, pk=site_id)
    response = HttpResponse(site_sheets_pdf(site), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="result-sheets-{slugify(site.name) or site.pk}.pdf"'
    return response


@permission_required("results.print_table_result_sheets", fn=table_from_url)
def table_result_sheets(request, table_id):
    """One table's sheets: what a note taker prints for their own table."""
    table = get_visible_or_404(Table.objects.select_related("site__partner__dialogue"), request.user, pk=table_id)
    response = HttpResponse(site_sheets_pdf(table.site, [table]), content_type="application/pdf")
    name = slugify(f"{table.site.name} {table.number}") or table.pk
    response["Content-Disposition"] = f'inline; filename="result-sheets-{name}.pdf"'
    return response


@never_cache
def result_service_worker(request):
    """The service worker script, served under the result pages so that its scope covers
    them; it loads the outbox code from the static files (hashed names in production)."""
    with open(finders.find("js/results-sw.js"), encoding="utf-8") as script:
        source = script.read().replace("__OUTBOX_CORE_URL__", static("js/outbox-core.js"))
    response = HttpResponse(source, content_type="application/javascript")
    response["Service-Worker-Allowed"] = request.path.rsplit("/", 1)[0] + "/"
    return response

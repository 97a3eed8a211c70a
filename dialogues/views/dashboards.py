"""The partner dashboard and the organiser staff's home."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods
from django_countries.fields import Country

from wetheinternet.core.exports import FORMATS, export_response
from wetheinternet.core.lists import apply_list, list_page, remember_query, remembered_query
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.exports import export_partners
from ..domain.queries.dashboard import sites_per_country, world_overview
from ..domain.queries.onboarding import with_checklist_facts
from ..domain.queries.partners import dashboard_panel, partner_rows_with_left, partners_for_dashboard
from ..enums import ApplicationDecision
from ..interfaces.partner_list import PARTNERS_KEY, partner_list_spec
from ..models import Dialogue, Partner, PartnerApplication


@permission_required("dialogues.view_partner_home")
def partner_home(request):
    partners = partners_for_dashboard(Partner.objects.visible_to(request.user).filter(memberships__user=request.user)).order_by("name")
    panels = [dashboard_panel(partner, request.user) for partner in partners]
    return render(request, "dialogues/partner_home.html", {"panels": panels})


@permission_required("dialogues.view_partner", fn=visible_getter(Partner))
def partner_detail(request, pk):
    partner = get_visible_or_404(partners_for_dashboard(Partner.objects.all()), request.user, pk=pk)
    return render(request, "dialogues/partner_detail.html", {"panel": dashboard_panel(partner, request.user)})


def _staff_partners(request):
    return with_checklist_facts(Partner.objects.visible_to(request.user)).select_related("dialogue")


@require_http_methods(["GET", "POST"])
@permission_required("dialogues.view_staff_home")
def staff_home(request):
    """The organiser console's home; its partner list is searched (name or country
    code), filtered, sorted, paged and exported."""
    if request.method == "POST":
        remember_query(request, PARTNERS_KEY)
        return redirect(request.path)
    # Self-service mirror dialogues have their own staff list (views/mirrors.py).
    dialogues = Dialogue.objects.filter(mirror__isnull=True).order_by("-deliberation_date")
    partners = list_page(request, _staff_partners(request), partner_list_spec(dialogues), key=PARTNERS_KEY)
    context = {
        "dialogues": dialogues,
        "list": partners,
        "partner_rows": partner_rows_with_left(partners.rows),
        "sites_per_country": [(Country(code), sites, tables) for code, sites, tables in sites_per_country()],
        "world": world_overview(),
        "pending_applications": PartnerApplication.objects.visible_to(request.user).filter(decision=ApplicationDecision.PENDING).count(),
    }
    return render(request, "dialogues/staff_home.html", context)


@require_GET
@permission_required("dialogues.view_staff_home")
def staff_partners_export(request):
    """The partner list as searched, filtered and sorted, every page, CSV or XLSX."""
    file_format = request.GET.get("format") if request.GET.get("format") in FORMATS else "csv"
    spec = partner_list_spec(Dialogue.objects.order_by("-deliberation_date"))
    partners, *_applied = apply_list(
        _staff_partners(request), request.GET, spec, query=remembered_query(request, PARTNERS_KEY)
    )
    header, rows = export_partners(partners, by=request.user, file_format=file_format)
    return export_response(file_format, "partners", header, rows)

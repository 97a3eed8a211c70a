"""The partner dashboard and the organiser staff's home."""

from django.shortcuts import render
from django_countries.fields import Country

from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.queries.dashboard import sites_per_country, world_overview
from ..domain.queries.partners import dashboard_panel, partners_for_dashboard, staff_partner_rows
from ..enums import ApplicationDecision
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


@permission_required("dialogues.view_staff_home")
def staff_home(request):
    dialogues = Dialogue.objects.order_by("-deliberation_date")
    context = {
        "dialogues": dialogues,
        "partner_rows": staff_partner_rows(Partner.objects.visible_to(request.user)),
        "sites_per_country": [(Country(code), sites, tables) for code, sites, tables in sites_per_country()],
        "world": world_overview(),
        "pending_applications": PartnerApplication.objects.visible_to(request.user).filter(decision=ApplicationDecision.PENDING).count(),
    }
    return render(request, "dialogues/staff_home.html", context)

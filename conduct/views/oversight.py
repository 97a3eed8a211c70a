"""Figures: case counts for organiser staff, the conduct audit log for the Response
Lead, and the public yearly statistics."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from wetheinternet.core.permissions import permission_required

from ..domain.queries.audit import conduct_audit_entries
from ..domain.queries.statistics import counts_by_state, handling_times, yearly_statistics, years_with_cases
from ..models import Incident


@permission_required("conduct.view_case_counts")
def case_counts(request):
    cases = list(Incident.objects.unscoped("counts and times only, no case content").only("state", "created_at", "acknowledged_at", "closed_at"))
    return render(request, "conduct/case_counts.html", {
        "counts": counts_by_state(), "total": len(cases), "times": handling_times(cases),
    })


@permission_required("conduct.view_audit_log")
def audit_overview(request):
    return render(request, "conduct/audit_overview.html", {"entries": conduct_audit_entries(request.user)})


def public_statistics(request, year=None):
    years = years_with_cases()
    year = year or (years[0] if years else timezone.now().year)
    if year > timezone.now().year or year < 2000:
        raise Http404
    return render(request, "conduct/statistics.html", {"stats": yearly_statistics(year), "years": years})

"""Table assignment of a site's panel, manual swaps, and the facilitator's view."""

import secrets

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from dialogues.models import Site, Table
from wetheinternet.core.exports import FORMATS, export_response
from wetheinternet.core.forms import show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_object

from ..domain.exceptions import RegistrationError
from ..domain.exports import export_table_plan
from ..domain.tables import seat_site_panel, swap_seats
from ..interfaces.panel_forms import SwapForm, TableAssignmentForm
from ..models import TableSeat


def site_from_url(request, site_id, **kwargs):
    return visible_object(Site.objects.select_related("partner"), request.user, pk=site_id)


def site_or_404(request, site_id):
    return get_visible_or_404(Site.objects.select_related("partner"), request.user, pk=site_id)


def table_from_url(request, table_id, **kwargs):
    return visible_object(Table.objects.select_related("site"), request.user, pk=table_id)


def _seats(request, site):
    return list(
        TableSeat.objects.visible_to(request.user)
        .filter(table__site=site)
        .select_related("table", "registrant")
        .order_by("table__number", "seat_number")
    )


@require_http_methods(["GET", "POST"])
@permission_required("registrations.view_site_tables", fn=site_from_url)
def site_tables(request, site_id):
    """Partners and staff assign; partners and the site's facilitators swap (a
    facilitator sees reference codes here, names only at their own table)."""
    site = site_or_404(request, site_id)
    seats = _seats(request, site)
    form = TableAssignmentForm(request.POST if request.POST.get("action") == "assign" else None)
    swap = SwapForm(request.POST if request.POST.get("action") == "swap" else None, seats=seats)
    if form.is_bound and not request.user.has_perm("registrations.assign_tables", site):
        raise PermissionDenied
    if request.method == "POST" and form.is_bound and form.is_valid():
        try:
            seat_site_panel(site, table_size=form.cleaned_data["table_size"],
                            seed=form.cleaned_data["seed"] or secrets.randbelow(2**31 - 2) + 1, by=request.user)
        except RegistrationError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Everyone selected has a seat."))
            return redirect("registrations:site_tables", site_id=site.pk)
    if request.method == "POST" and swap.is_bound:
        return _swap(request, site, swap)
    return render(request, "registrations/site_tables.html", _context(request, site, seats, form, swap))


def _swap(request, site, swap):
    if not request.user.has_perm("registrations.swap_seats", site):
        messages.error(request, _("You may not move people at this site."))
    elif swap.is_valid():
        seats = {str(seat.pk): seat for seat in _seats(request, site)}
        try:
            swap_seats(seats[swap.cleaned_data["first"]], seats[swap.cleaned_data["second"]], by=request.user)
        except RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The two people changed places."))
    else:
        messages.error(request, " ".join(swap.non_field_errors()) or _("Choose two seats."))
    return redirect("registrations:site_tables", site_id=site.pk)


def _context(request, site, seats, form, swap):
    tables = {}
    for seat in seats:
        tables.setdefault(seat.table, []).append(seat)
    return {
        "site": site,
        "tables": tables.items(),
        "form": form,
        "swap": swap,
        "last_run": site.table_assignments.first(),
        "show_personal": request.user.has_perm("registrations.view_personal_data", site.partner),
        "can_assign": request.user.has_perm("registrations.assign_tables", site),
        "can_swap": request.user.has_perm("registrations.swap_seats", site),
    }


@require_GET
@permission_required("registrations.view_table_first_names", fn=table_from_url)
def table_people(request, table_id):
    """First names only: what a facilitator needs to greet their table."""
    table = get_visible_or_404(Table.objects.select_related("site"), request.user, pk=table_id)
    seats = TableSeat.objects.visible_to(request.user).filter(table=table).select_related("registrant").order_by("seat_number")
    people = [(seat.seat_number, seat.registrant.first_name) for seat in seats]
    return render(request, "registrations/table_people.html", {"table": table, "people": people})


@require_GET
@permission_required("registrations.assign_tables", fn=site_from_url)
def table_plan_export(request, site_id):
    """The site's seating plan, CSV or XLSX; names only for those who may hold them."""
    site = site_or_404(request, site_id)
    file_format = request.GET.get("format") if request.GET.get("format") in FORMATS else "csv"
    personal = request.user.has_perm("registrations.view_personal_data", site.partner)
    seats = TableSeat.objects.visible_to(request.user).filter(table__site=site)
    header, rows = export_table_plan(seats, site=site, by=request.user, personal=personal, file_format=file_format)
    return export_response(file_format, f"tables-site-{site.pk}", header, rows)

"""Panel selection: a form that queues a background draw, and the run's result page."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from wetheinternet.core.exports import FORMATS, export_response
from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.lists import apply_list, list_page
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.redirects import safe_next_url
from wetheinternet.core.visibility import get_visible_or_404, visible_object

from ..domain.exceptions import RedrawNeedsConfirmation, RegistrationError
from ..domain.exports import export_panel_runs
from ..domain.notifications import notify_panel as notify_panel_members
from ..domain.panels import request_panel_selection
from ..domain.replacement import replace_from_reserve
from ..enums import JobState, PanelRole
from ..interfaces.panel_forms import PanelSelectionForm
from ..interfaces.registrant_list import PANEL_RUNS_KEY, panel_run_list_spec
from ..models import PanelRun
from .partner import partner_from_url, partner_or_404, registrant_from_url, registrant_or_404


def run_from_url(request, run_id, **kwargs):
    return visible_object(PanelRun.objects.select_related("dialogue", "site"), request.user, pk=run_id)


def run_or_404(request, run_id):
    return get_visible_or_404(PanelRun.objects.select_related("dialogue", "site"), request.user, pk=run_id)


@require_http_methods(["GET", "POST"])
@permission_required("registrations.select_panel", fn=partner_from_url)
def panel_selection(request, partner_id):
    partner = partner_or_404(request, partner_id)
    can_override = request.user.has_perm("registrations.override_selection_method")
    form = PanelSelectionForm(posted(request), partner=partner, can_override=can_override)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            run = request_panel_selection(
                partner.dialogue, country=data["country"], site=data["site"], panel_size=data["panel_size"],
                reserve_size=data["reserve_size"] or 0, algorithm=data.get("algorithm", ""), seed=data["seed"],
                by=request.user, replace_current=request.POST.get("replace_current") == "yes",
            )
        except RedrawNeedsConfirmation as warning:
            return render(request, "registrations/panel_redraw_confirm.html",
                          {"partner": partner, "form": form, "warning": warning.message, "replaces": warning.replaces})
        except RegistrationError as error:
            show_domain_error(form, error)
        else:
            return redirect("registrations:panel_run", run_id=run.pk)
    runs = list_page(request, _runs(request, partner), panel_run_list_spec(), key=PANEL_RUNS_KEY)
    return render(request, "registrations/panel_selection.html", {"partner": partner, "form": form, "list": runs})


def _runs(request, partner):
    return PanelRun.objects.visible_to(request.user).filter(partner.coverage(country_field="country")).select_related("site")


@require_GET
@permission_required("registrations.select_panel", fn=partner_from_url)
def panel_run_export(request, partner_id):
    """Every draw of the list as filtered and sorted, streamed as CSV or XLSX."""
    partner = partner_or_404(request, partner_id)
    file_format = request.GET.get("format") if request.GET.get("format") in FORMATS else "csv"
    runs, *_applied = apply_list(_runs(request, partner), request.GET, panel_run_list_spec())
    header, rows = export_panel_runs(runs, partner=partner, by=request.user, file_format=file_format)
    return export_response(file_format, "panel-draws", header, rows)


@require_GET
@permission_required("registrations.view_panel_run", fn=run_from_url)
def panel_run(request, run_id):
    run = run_or_404(request, run_id)
    members = run.members.select_related("registrant__site", "replaces").order_by("role", "rank", "registrant_id")
    probabilities = sorted(run.probabilities.values())
    context = {
        "run": run,
        "selected": [m for m in members if m.role == PanelRole.SELECTED],
        "reserve": [m for m in members if m.role == PanelRole.RESERVE],
        "show_personal": request.user.has_perm("registrations.notify_panel", run),
        "in_progress": run.state in (JobState.QUEUED, JobState.RUNNING),
        "problems": run.message.splitlines() if run.state == JobState.FAILED else [],
        "probability_range": (probabilities[0], probabilities[-1]) if probabilities else None,
        "quotas_met": all(row["met"] for row in run.quota_fulfilment),
    }
    return render(request, "registrations/panel_run.html", context)


@require_POST
@permission_required("registrations.notify_panel", fn=run_from_url)
def notify_panel(request, run_id):
    run = run_or_404(request, run_id)
    queued, calls = notify_panel_members(run, by=request.user)
    messages.success(request, _("%(count)s messages are being sent; see them in the message log.") % {"count": queued})
    return render(request, "registrations/call_list.html", {"run": run, "calls": calls, "queued": queued})


@require_POST
@permission_required("registrations.change_registrant", fn=registrant_from_url)
def replace(request, registrant_id):
    leaving = registrant_or_404(request, registrant_id)
    try:
        replacement = replace_from_reserve(leaving, by=request.user)
    except RegistrationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("%(code)s takes the place of %(old)s.")
                         % {"code": replacement.reference_code, "old": leaving.reference_code})
    return redirect(safe_next_url(request, default="home"))

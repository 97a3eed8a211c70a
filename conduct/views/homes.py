from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dialogues.models import Site
from wetheinternet.core.forms import show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.acceptance import record_acceptance, record_presentation
from ..domain.errors import ConductError
from ..domain.queries import current_published_version
from ..interfaces.forms_triage import PresentationForm, SiteAcceptanceForm
from ..models import Incident
from .cases import queue

__all__ = ["contact_home", "participant_acceptance", "presentation", "queue"]


@permission_required("conduct.view_contact_home")
def contact_home(request):
    return _render_home(request)


def _render_home(request, refused=None, status=200):
    """The contact's page; ``refused`` is ``(site, form)``, a presentation or acceptance
    form that was refused: it shows under its site with its errors and what was typed."""
    sites = list(
        Site.objects.visible_to(request.user)
        .filter(conduct_contact=request.user)
        .select_related("partner__dialogue")
        .prefetch_related("conduct_presentations")
    )
    reports = (
        Incident.objects.visible_to(request.user)
        .filter(site__in=sites)
        .select_related("site")
        .order_by("-is_urgent", "-created_at")
    )
    rows = []
    for site in sites:
        presentation_form, acceptance_form = PresentationForm(site=site), SiteAcceptanceForm(site=site)
        if refused is not None and refused[0].pk == site.pk:
            if isinstance(refused[1], PresentationForm):
                presentation_form = refused[1]
            else:
                acceptance_form = refused[1]
        rows.append((site, presentation_form, acceptance_form))
    return render(request, "conduct/contact_home.html", {
        "sites": rows, "reports": reports, "version": current_published_version(),
    }, status=status)


_site = visible_getter(Site)


@require_POST
@permission_required("conduct.record_presentation", fn=_site)
def presentation(request, pk):
    site = get_visible_or_404(Site.objects.select_related("partner__dialogue"), request.user, pk=pk)
    version = current_published_version(site.partner.dialogue)
    form = PresentationForm(request.POST, site=site)
    if version is None:
        messages.error(request, _("No version of the code is published yet."))
    elif not form.is_valid():
        return _render_home(request, refused=(site, form), status=400)
    else:
        record_presentation(site, version=version, people_present=form.cleaned_data["people_present"], by=request.user)
        messages.success(request, _("Recorded: you presented the guidelines at %(site)s.") % {"site": site.name})
    return redirect("conduct:contact_home")


@require_POST
@permission_required("conduct.record_presentation", fn=_site)
def participant_acceptance(request, pk):
    """The conduct contact records that a participant of their site accepted the code
    (at the site, or on a paper form)."""
    site = get_visible_or_404(Site.objects.select_related("partner__dialogue"), request.user, pk=pk)
    version = current_published_version(site.partner.dialogue)
    form = SiteAcceptanceForm(request.POST, site=site)
    if version is None:
        messages.error(request, _("No version of the code is published yet."))
    elif not form.is_valid():
        return _render_home(request, refused=(site, form), status=400)
    else:
        try:
            record_acceptance(version=version, dialogue=site.partner.dialogue, method=form.cleaned_data["method"],
                              participant_id=form.cleaned_data["reference_code"].id, by=request.user)
        except ConductError as error:
            show_domain_error(form, error)
            return _render_home(request, refused=(site, form), status=400)
        else:
            messages.success(request, _("Acceptance recorded for %(code)s.") % {
                "code": form.cleaned_data["reference_code"].reference_code})
    return redirect("conduct:contact_home")

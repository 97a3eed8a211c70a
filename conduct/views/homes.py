from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dialogues.models import Site
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
    return render(request, "conduct/contact_home.html", {
        "sites": sites, "reports": reports, "version": current_published_version(), "form": PresentationForm(),
    })


_site = visible_getter(Site)


@require_POST
@permission_required("conduct.record_presentation", fn=_site)
def presentation(request, pk):
    site = get_visible_or_404(Site.objects.select_related("partner__dialogue"), request.user, pk=pk)
    version = current_published_version(site.partner.dialogue)
    form = PresentationForm(request.POST)
    if version is None:
        messages.error(request, _("No version of the code is published yet."))
    elif form.is_valid():
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
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
    else:
        try:
            record_acceptance(version=version, dialogue=site.partner.dialogue, method=form.cleaned_data["method"],
                              participant_id=form.cleaned_data["reference_code"].id, by=request.user)
        except ConductError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Acceptance recorded for %(code)s.") % {
                "code": form.cleaned_data["reference_code"].reference_code})
    return redirect("conduct:contact_home")

"""Check-in on the day, on a phone or a tablet."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from conduct.domain.queries import participant_flags
from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.input import parse_whole_number
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404

from ..domain.checkin import (
    admit_despite_conduct_decision,
    fill_seat_from_reserve,
    mark_attendance,
    refused_admission,
    search_site_people,
)
from ..domain.exceptions import RegistrationError
from ..enums import RegistrantStatus
from ..interfaces.checkin_forms import AdmissionOverrideForm
from ..models import Registrant
from .tables import site_from_url, site_or_404


@require_http_methods(["GET", "POST"])
@permission_required("registrations.check_in", fn=site_from_url)
def check_in(request, site_id):
    site = site_or_404(request, site_id)
    if request.method == "POST":
        return _act(request, site)
    # The search words stay in the form, never in the address: names are personal data.
    query = request.session.pop("checkin_query", "")
    people = list(search_site_people(site, query)[:50])
    flags = participant_flags([person.pk for person in people])
    refused = refused_admission(person.pk for person in people)
    rows = [(person, flags.get(person.pk), person.pk in refused) for person in people]
    context = {
        "site": site,
        "rows": rows,
        "query": query,
        "can_override": request.user.has_perm("registrations.override_admission", site),
    }
    return render(request, "registrations/check_in.html", context)


def _act(request, site):
    action = request.POST.get("action")
    if action == "search":
        request.session["checkin_query"] = request.POST.get("q", "")[:100]
        return redirect(reverse("registrations:check_in", kwargs={"site_id": site.pk}))
    person = get_visible_or_404(
        Registrant.objects.all(), request.user, pk=parse_whole_number(request.POST.get("registrant")), site=site
    )
    try:
        if action in ("attended", "no_show"):
            mark_attendance(person, action, by=request.user)
        elif action == "fill":
            replacement = fill_seat_from_reserve(person, by=request.user)
            messages.success(request, _("%(code)s takes the place of %(old)s.")
                             % {"code": replacement.reference_code, "old": person.reference_code})
    except RegistrationError as error:
        messages.error(request, error.message)
    request.session["checkin_query"] = request.POST.get("q", "")[:100]
    return redirect(reverse("registrations:check_in", kwargs={"site_id": site.pk}))


@require_http_methods(["GET", "POST"])
@permission_required("registrations.override_admission", fn=site_from_url)
def admit_override(request, site_id, registrant_id):
    site = site_or_404(request, site_id)
    person = get_visible_or_404(
        Registrant.objects.all(), request.user,
        pk=registrant_id, site=site, status__in=[RegistrantStatus.SELECTED, RegistrantStatus.RESERVE],
    )
    form = AdmissionOverrideForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            admit_despite_conduct_decision(person, reason=form.cleaned_data["reason"], by=request.user)
        except RegistrationError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("%(code)s is admitted; the reason is recorded.") % {"code": person.reference_code})
            return redirect(reverse("registrations:check_in", kwargs={"site_id": site.pk}))
    context = {
        "site": site,
        "person": person,
        "flag": participant_flags([person.pk]).get(person.pk),
        "form": form,
        "can_check_in": request.user.has_perm("registrations.check_in", site),
    }
    return render(request, "registrations/admit_override.html", context, status=400 if form.errors else 200)

"""Check-in on the day, on a phone or a tablet."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from wetheinternet.core.input import parse_whole_number
from wetheinternet.core.permissions import permission_required

from ..domain.checkin import fill_seat_from_reserve, mark_attendance, search_site_people
from ..domain.conduct_bridge import conduct_flags
from ..domain.exceptions import RegistrationError
from ..models import Registrant
from .tables import site_from_url


@require_http_methods(["GET", "POST"])
@permission_required("registrations.check_in", fn=site_from_url)
def check_in(request, site_id):
    site = site_from_url(request, site_id)
    if request.method == "POST":
        return _act(request, site)
    # The search words stay in the form, never in the address: names are personal data.
    query = request.session.pop("checkin_query", "")
    people = list(search_site_people(site, query)[:50])
    flags = conduct_flags(person.pk for person in people)
    rows = [(person, flags.get(person.pk)) for person in people]
    return render(request, "registrations/check_in.html", {"site": site, "rows": rows, "query": query})


def _act(request, site):
    action = request.POST.get("action")
    if action == "search":
        request.session["checkin_query"] = request.POST.get("q", "")[:100]
        return redirect(reverse("registrations:check_in", kwargs={"site_id": site.pk}))
    person = get_object_or_404(Registrant, pk=parse_whole_number(request.POST.get("registrant")), site=site)
    try:
        if action in ("attended", "no_show"):
            mark_attendance(person, action, by=request.user)
        elif action == "fill":
            replacement = fill_seat_from_reserve(person, by=request.user)
            messages.success(request, replacement.reference_code)
    except RegistrationError as error:
        messages.error(request, error.message)
    request.session["checkin_query"] = request.POST.get("q", "")[:100]
    return redirect(reverse("registrations:check_in", kwargs={"site_id": site.pk}))

"""Partner pages: registrants of the partner's countries, assisted registration, slips."""

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_http_methods

from conduct.domain.queries import current_published_version
from dialogues.models import Partner
from wetheinternet.core.exports import FORMATS, export_response
from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.lists import apply_list, list_page, remember_query, remembered_query
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_object

from ..domain.exceptions import RegistrationError
from ..domain.exports import export_registrants
from ..domain.queries import partner_registration_numbers
from ..domain.registration import partner_opens_registration, register_participant
from ..enums import ConsentMethod
from ..interfaces.forms import RegistrationForm
from ..interfaces.registrant_list import LIST_KEY, registrant_list_spec
from ..interfaces.slip import render_slip_pdf, render_slips_pdf
from ..models import Registrant
from .public import registration_not_open

LIST_LIMIT = 500


def partner_from_url(request, partner_id, **kwargs):
    return visible_object(Partner.objects.select_related("dialogue"), request.user, pk=partner_id)


def partner_or_404(request, partner_id):
    return get_visible_or_404(Partner.objects.select_related("dialogue"), request.user, pk=partner_id)


def registrant_from_url(request, registrant_id, **kwargs):
    return visible_object(Registrant.objects.all(), request.user, pk=registrant_id, erased_at__isnull=True)


def registrant_or_404(request, registrant_id):
    return get_visible_or_404(Registrant.objects.all(), request.user, pk=registrant_id, erased_at__isnull=True)


def _partner_registrants(request, partner):
    return (
        Registrant.objects.visible_to(request.user).of_partner(partner)
        .filter(erased_at__isnull=True).select_related("site")
    )


@require_http_methods(["GET", "POST"])
@permission_required("registrations.view_partner_registrations", fn=partner_from_url)
def registrant_list(request, partner_id):
    """Searchable, filtered, sorted pages of the partner's registrants; the search words
    are posted and kept in the session, never in the address."""
    partner = partner_or_404(request, partner_id)
    if request.method == "POST":
        remember_query(request, LIST_KEY)
        return redirect(request.path)
    personal = request.user.has_perm("registrations.view_personal_data", partner)
    spec = registrant_list_spec(partner, personal=personal)
    context = {
        "partner": partner,
        "list": list_page(request, _partner_registrants(request, partner), spec, key=LIST_KEY),
        "numbers": partner_registration_numbers(partner),
        "show_personal": personal,
        "can_register": request.user.has_perm("registrations.register_assisted", partner),
    }
    return render(request, "registrations/partner_registrants.html", context)


@require_GET
@permission_required("registrations.view_partner_registrations", fn=partner_from_url)
def registrant_export(request, partner_id):
    """The whole list as shown (search, filters, sort), streamed as CSV or XLSX."""
    partner = partner_or_404(request, partner_id)
    file_format = request.GET.get("format") if request.GET.get("format") in FORMATS else "csv"
    personal = request.user.has_perm("registrations.view_personal_data", partner)
    spec = registrant_list_spec(partner, personal=personal)
    registrants, *_applied = apply_list(
        _partner_registrants(request, partner), request.GET, spec, query=remembered_query(request, LIST_KEY)
    )
    header, rows = export_registrants(
        registrants, partner=partner, by=request.user, personal=personal, file_format=file_format
    )
    return export_response(file_format, "registrants", header, rows)


@require_http_methods(["GET", "POST"])
@permission_required("registrations.register_assisted", fn=partner_from_url)
def assisted_registration(request, partner_id):
    partner = partner_or_404(request, partner_id)
    if not partner_opens_registration(partner):
        return registration_not_open(request)
    form = RegistrationForm(
        posted(request),
        dialogue=partner.dialogue,
        country=None,
        sites=partner.sites.all(),
        conduct_version=current_published_version(partner.dialogue),
        assisted=True,
    )
    form.fields["site"].required = True
    if request.method == "POST" and form.is_valid():
        site = form.chosen_site()
        form.country = site.country.code
        try:
            registrant = register_participant(
                partner.dialogue, form.registration_data(get_language()), site=site,
                method=ConsentMethod.ASSISTED, by=request.user, conduct_version=form.conduct_version,
            )
        except RegistrationError as error:
            show_domain_error(form, error)
        else:
            return render(request, "registrations/assisted_done.html", {"registrant": registrant, "partner": partner})
    return render(request, "registrations/assisted.html", {"form": form, "partner": partner})


def _pdf_response(pdf, filename):
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@require_GET
@permission_required("registrations.change_registrant", fn=registrant_from_url)
def slip_pdf(request, registrant_id):
    registrant = registrant_or_404(request, registrant_id)
    return _pdf_response(render_slip_pdf(registrant), "registration-slip.pdf")


@require_GET
@permission_required("registrations.print_slips", fn=partner_from_url)
def slips_pdf(request, partner_id):
    """The slips of everyone the partner registered with assistance (newest first, at
    most ``LIST_LIMIT``), one A6 page each, each in the person's language."""
    partner = partner_or_404(request, partner_id)
    registrants = list(
        Registrant.objects.visible_to(request.user).of_partner(partner)
        .filter(erased_at__isnull=True, method=ConsentMethod.ASSISTED)
        .select_related("dialogue", "site__partner")
        .order_by("-created_at")[:LIST_LIMIT]
    )
    return _pdf_response(render_slips_pdf(registrants), "registration-slips.pdf")

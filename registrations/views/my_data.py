"""The person's own data-rights page, opened by a signed, expiring link."""

import json

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from dialogues.domain.queries.materials import participant_material_file, shown_materials
from dialogues.interfaces.material_files import material_file_response
from wetheinternet.core.forms import posted, show_domain_error

from ..domain.consent import active_purposes, withdraw_consent
from ..domain.data_rights import correct_registrant, erase_registrant, record_self_service
from ..domain.exceptions import RegistrationError, RightsLinkError
from ..domain.export import personal_data
from ..domain.queries.slips import participant_days
from ..domain.rights import registrant_from_token
from ..enums import ConsentPurpose, DataRightsKind
from ..interfaces.forms import CorrectionForm, ErasureForm
from ..interfaces.slip import render_personal_data_pdf


def _registrant_or_refusal(request, token):
    try:
        return registrant_from_token(token), None
    except RightsLinkError as error:
        return None, render(request, "registrations/link_refused.html", {"message": error.message}, status=403)


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def my_data(request, token):
    registrant, refusal = _registrant_or_refusal(request, token)
    if refusal:
        return refusal
    initial = {field: getattr(registrant, field) for field in CorrectionForm.base_fields}
    form = CorrectionForm(posted(request), initial=initial, dialogue=registrant.dialogue)
    if request.method == "POST" and form.is_valid():
        try:
            changed = correct_registrant(registrant, form.cleaned_data)
        except RegistrationError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Your data is corrected.") if changed else _("Nothing was changed."))
            return redirect("registrations:my_data", token=token)
    return _render_page(request, registrant, token, form=form, status=400 if form.is_bound else 200)


def _render_page(request, registrant, token, *, form=None, erase_form=None, status=200):
    if form is None:
        initial = {field: getattr(registrant, field) for field in CorrectionForm.base_fields}
        form = CorrectionForm(initial=initial, dialogue=registrant.dialogue)
    active = active_purposes(registrant)
    context = {
        "registrant": registrant,
        "data": personal_data(registrant),
        "form": form,
        "erase_form": erase_form or ErasureForm(),
        "token": token,
        "active_consents": [ConsentPurpose(p) for p in ConsentPurpose.values if p in active],
        "days": participant_days(registrant),
        "materials": shown_materials(registrant.dialogue, get_language(), participants_only=True),
    }
    return _no_store(render(request, "registrations/my_data.html", context, status=status))


def _download(request, token, *, detail, content_type, filename, render_content):
    registrant, refusal = _registrant_or_refusal(request, token)
    if refusal:
        return refusal
    record_self_service(registrant, DataRightsKind.ACCESS, detail=detail)
    response = HttpResponse(render_content(personal_data(registrant)), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return _no_store(response)


@require_GET
def my_data_json(request, token):
    return _download(
        request, token, detail="json", content_type="application/json", filename="my-data.json",
        render_content=lambda data: json.dumps(data, ensure_ascii=False, indent=2),
    )


@require_GET
def my_data_pdf(request, token):
    return _download(
        request, token, detail="pdf", content_type="application/pdf", filename="my-data.pdf",
        render_content=lambda data: render_personal_data_pdf(data, language=request.LANGUAGE_CODE),
    )


@require_POST
def withdraw(request, token):
    registrant, refusal = _registrant_or_refusal(request, token)
    if refusal:
        return refusal
    purpose = request.POST.get("purpose", "")
    if purpose not in ConsentPurpose.values:
        messages.error(request, _("Choose which consent to withdraw."))
        return redirect("registrations:my_data", token=token)
    try:
        withdraw_consent(registrant, purpose)
    except RegistrationError as error:
        messages.error(request, error.message)
    else:
        record_self_service(registrant, DataRightsKind.WITHDRAWAL, detail=purpose)
        messages.success(request, _("Your consent “%(purpose)s” is withdrawn.") % {"purpose": ConsentPurpose(purpose).label})
    return redirect("registrations:my_data", token=token)


@require_POST
def erase(request, token):
    registrant, refusal = _registrant_or_refusal(request, token)
    if refusal:
        return refusal
    erase_form = ErasureForm(request.POST)
    if not erase_form.is_valid():
        return _render_page(request, registrant, token, erase_form=erase_form, status=400)
    erase_registrant(registrant)
    return render(request, "registrations/erased.html")


@require_GET
def my_data_material(request, token, file_id):
    """A booklet or video file of the person's dialogue, opened from their own page."""
    registrant, refusal = _registrant_or_refusal(request, token)
    if refusal:
        return refusal
    found = participant_material_file(registrant.dialogue, file_id)
    if found is None:
        raise Http404
    return material_file_response(found)

"""Import of paper forms: upload, preview, then all or nothing."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wetheinternet.core.forms import posted, posted_files
from wetheinternet.core.permissions import permission_required

from ..domain.exceptions import RegistrationError
from ..domain.paper_forms import import_registrants, keep_for_confirmation, kept_file
from ..domain.registration import partner_opens_registration
from ..interfaces.forms import ImportForm
from ..interfaces.paper_import import expected_columns, parse_rows, read_dataset
from .partner import partner_from_url, partner_or_404
from .public import registration_not_open

SESSION_KEY = "registrations_import_file"


def _parse(upload, partner):
    try:
        dataset = read_dataset(upload)
    except Exception:  # tablib raises many kinds of errors for unreadable files
        return None, None
    return parse_rows(dataset, partner=partner)


@require_http_methods(["GET", "POST"])
@permission_required("registrations.import_registrants", fn=partner_from_url)
def import_paper_forms(request, partner_id):
    partner = partner_or_404(request, partner_id)
    if not partner_opens_registration(partner):
        return registration_not_open(request)
    context = {"partner": partner, "columns": expected_columns(partner.dialogue)}
    if request.method == "POST" and request.POST.get("action") == "confirm":
        return _confirm(request, partner)
    form = ImportForm(posted(request), posted_files(request))
    context["form"] = form
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        rows, problems = _parse(upload, partner)
        if rows is None:
            form.add_error("file", _("This file cannot be read. Save it as CSV (UTF-8) or XLSX and try again."))
        elif problems:
            context["problems"] = problems
        elif not rows:
            form.add_error("file", _("The file has no rows to import."))
        else:
            upload.seek(0)
            kept = keep_for_confirmation(upload.read(), filename=upload.name)
            request.session[SESSION_KEY] = {"file": str(kept.pk), "partner": partner.pk}
            context["rows"] = rows
    return render(request, "registrations/import.html", context)


def _confirm(request, partner):
    pending = request.session.get(SESSION_KEY) or {}
    kept = kept_file(pending.get("file")) if pending.get("partner") == partner.pk else None
    if kept is None:
        messages.error(request, _("The preview has expired; upload the file again."))
        return redirect("registrations:import", partner_id=partner.pk)
    with kept.file.open("rb") as handle:
        handle.name = kept.filename
        rows, problems = _parse(handle, partner)
    if problems or not rows:
        return _no_longer_passes(request, partner)
    try:
        registrants = import_registrants(partner, rows, by=request.user, kept=kept)
    except RegistrationError:  # a person registered meanwhile, or the partner was suspended
        return _no_longer_passes(request, partner)
    del request.session[SESSION_KEY]
    messages.success(request, _("%(count)s people imported from the paper forms.") % {"count": len(registrants)})
    return redirect("registrations:partner_registrants", partner_id=partner.pk)


def _no_longer_passes(request, partner):
    messages.error(request, _("The file no longer passes the checks; upload it again. Nothing was imported."))
    return redirect("registrations:import", partner_id=partner.pk)

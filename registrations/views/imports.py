"""Import of paper forms: upload, preview, then all or nothing."""

import datetime as dt

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wetheinternet.core.audit import log_action
from wetheinternet.core.files import store_file
from wetheinternet.core.models import StoredFile
from wetheinternet.core.permissions import permission_required

from ..domain.registration import partner_opens_registration
from ..interfaces.forms import ImportForm
from ..interfaces.paper_import import expected_columns, import_rows, parse_rows, read_dataset
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
    form = ImportForm(request.POST or None, request.FILES or None)
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
            stored = store_file(upload.read(), filename=upload.name, content_type="application/octet-stream",
                                expires_at=timezone.now() + dt.timedelta(hours=2))
            request.session[SESSION_KEY] = {"file": str(stored.pk), "partner": partner.pk}
            context["rows"] = rows
    return render(request, "registrations/import.html", context)


def _confirm(request, partner):
    pending = request.session.get(SESSION_KEY) or {}
    stored = StoredFile.objects.filter(pk=pending.get("file")).first() if pending.get("partner") == partner.pk else None
    if stored is None:
        messages.error(request, _("The preview has expired; upload the file again."))
        return redirect("registrations:import", partner_id=partner.pk)
    with stored.file.open("rb") as handle:
        handle.name = stored.filename
        rows, problems = _parse(handle, partner)
    if problems or not rows:
        messages.error(request, _("The file no longer passes the checks; upload it again. Nothing was imported."))
        return redirect("registrations:import", partner_id=partner.pk)
    registrants = import_rows(partner, rows, by=request.user)
    log_action("registrations.import.done", actor=request.user, target=partner, data={"rows": len(registrants)})
    stored.file.delete(save=False)
    stored.delete()
    del request.session[SESSION_KEY]
    messages.success(request, _("%(count)s people imported from the paper forms.") % {"count": len(registrants)})
    return redirect("registrations:partner_registrants", partner_id=partner.pk)

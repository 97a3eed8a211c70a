"""The public report form and the receipt-code status page (no account needed)."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from wetheinternet.core.forms import posted, show_domain_error

from ..domain.errors import ConductError
from ..domain.reports import find_by_receipt, submit_report
from ..interfaces import throttle
from ..interfaces.forms_public import IncidentReportForm, ReceiptLookupForm


@require_http_methods(["GET", "POST"])
def report(request):
    form = IncidentReportForm(posted(request), initial=_initial(request))
    if request.method == "POST":
        if throttle.is_limited("report", request):
            return render(request, "conduct/report_form.html", {"form": form, "limited": True}, status=429)
        throttle.count_attempt("report", request)
        if form.is_valid():
            try:
                incident, code = submit_report(reporter=request.user, language=get_language(), **form.cleaned_data)
            except ConductError as error:
                show_domain_error(form, error)
            else:
                # The code is shown once, in this response, and never stored in clear.
                return render(request, "conduct/report_receipt.html", {"incident": incident, "code": code})
    return render(request, "conduct/report_form.html", {"form": form})


def _initial(request):
    kind = request.GET.get("kind")
    return {"kind": kind} if kind in ("incident", "about_decision") else {}


@require_http_methods(["GET", "POST"])
def report_status(request):
    form = ReceiptLookupForm(posted(request))
    context = {"form": form}
    if request.method == "POST":
        if throttle.is_limited("receipt_lookup", request):
            return render(request, "conduct/report_status.html", {**context, "limited": True}, status=429)
        throttle.count_attempt("receipt_lookup", request)
        if form.is_valid():
            incident = find_by_receipt(form.cleaned_data["code"])
            context.update({"incident": incident, "not_found": incident is None})
    return render(request, "conduct/report_status.html", context)

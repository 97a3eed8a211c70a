from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wetheinternet.core.calendars import calendar_response
from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.consultation import consultation_summary, submit_consultation_answer
from ..domain.errors import ConductError
from ..domain.queries.calendars import working_session_events
from ..domain.versions import publish_what_we_heard
from ..enums import VersionState
from ..interfaces.exporters import consultation_answers_csv
from ..interfaces.forms_public import ConsultationForm
from ..interfaces.forms_triage import WhatWeHeardForm
from ..models import CodeVersion


def _version_or_404(pk, **filters):
    return get_object_or_404(CodeVersion.objects.select_related("code"), pk=pk, **filters)


@require_http_methods(["GET", "POST"])
def consultation_form(request, pk):
    version = _version_or_404(pk, state=VersionState.CONSULTATION)
    form = ConsultationForm(posted(request), version=version)
    if request.method == "POST" and form.is_valid():
        try:
            submit_consultation_answer(version, language=get_language(), **form.cleaned_data)
        except ConductError as error:
            show_domain_error(form, error)
        else:
            return redirect("conduct:consultation_thanks", pk=version.pk)
    current = version.code.versions.filter(state=VersionState.PUBLISHED).first()
    return render(request, "conduct/consultation_form.html", {"version": version, "form": form, "current": current})


def working_sessions_calendar(request, pk):
    """Public while the consultation is open: its working sessions as a calendar file."""
    version = _version_or_404(pk, state=VersionState.CONSULTATION)
    url = request.build_absolute_uri(reverse("conduct:consultation", kwargs={"pk": version.pk}))
    return calendar_response(
        working_session_events(version, consultation_url=url), name=_("Working sessions on the code of conduct"),
        filename=f"working-sessions-{version.pk}",
    )


def consultation_thanks(request, pk):
    version = _version_or_404(pk)
    return render(request, "conduct/consultation_thanks.html", {"version": version})


def what_we_heard(request, pk):
    version = _version_or_404(pk, what_we_heard_published_at__isnull=False)
    return render(request, "conduct/what_we_heard.html", {"version": version})


@permission_required("conduct.manage_codes")
def consultation_summary_page(request, pk):
    version = _version_or_404(pk)
    return render(request, "conduct/consultation_summary.html", {
        "version": version, "summary": consultation_summary(version),
        "sign_ups": version.consultation_answers.filter(working_session__isnull=False).select_related("working_session"),
    })


@permission_required("conduct.manage_codes")
def consultation_csv(request, pk):
    version = _version_or_404(pk)
    response = HttpResponse(consultation_answers_csv(version), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="consultation-{version.code.slug}-v{version.number}.csv"'
    return response


@permission_required("conduct.manage_codes")
@require_http_methods(["GET", "POST"])
def edit_what_we_heard(request, pk):
    version = _version_or_404(pk)
    form = WhatWeHeardForm(posted(request), version=version)
    if request.method == "POST" and form.is_valid():
        try:
            publish_what_we_heard(version, by=request.user, **form.cleaned_data)
        except ConductError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("“What we heard” is published."))
            return redirect("conduct:what_we_heard", pk=version.pk)
    return render(request, "conduct/what_we_heard_edit.html", {"version": version, "form": form},
                  status=400 if form.errors else 200)

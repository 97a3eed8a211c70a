"""Staff book releases at set times (UTC) and cancel them, from the reports page."""

import datetime as dt

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.forms import show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.releases import ReleaseError
from ..domain.scheduled_releases import cancel_scheduled_release, schedule_release
from ..interfaces.forms import LaunchReportsForm, ScheduleReleaseForm
from ..models import ScheduledRelease
from .manage import dialogue_from_url, jobs_context, release_context


@require_POST
@permission_required("reports.release_results")
def schedule(request, slug):
    dialogue = dialogue_from_url(request, slug)
    form = ScheduleReleaseForm(request.POST)
    if form.is_valid():
        try:
            booking = schedule_release(dialogue, at=form.cleaned_data["at"], by=request.user)
        except ReleaseError as error:
            show_domain_error(form, error)
        else:
            when = booking.due_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
            messages.success(request, _("A release is booked for %(time)s UTC.") % {"time": when})
            return redirect("reports:manage", slug=dialogue.slug)
    context = jobs_context(request, dialogue) | release_context(dialogue) | {
        "form": LaunchReportsForm(dialogue=dialogue), "schedule_form": form,
    }
    return render(request, "reports/manage.html", context, status=400)


def booking_from_url(request, slug, pk, **kwargs):
    return get_object_or_404(ScheduledRelease.objects.select_related("dialogue"), pk=pk, dialogue__slug=slug)


@require_POST
@permission_required("reports.release_results")
def cancel(request, slug, pk):
    booking = booking_from_url(request, slug, pk)
    try:
        cancel_scheduled_release(booking, by=request.user)
    except ReleaseError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The booked release is cancelled."))
    return redirect("reports:manage", slug=slug)

"""A site's agenda: adjust times, shift the whole day, start again from the template."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.agenda import adjust_site_agenda, apply_agenda_template, shift_site_agenda
from ..domain.errors import DialoguesError
from ..interfaces.site_forms import AgendaTimesForm, ShiftAgendaForm
from ..models import Site

site_by_pk = visible_getter(Site)


def _site(request, pk):
    return get_visible_or_404(Site.objects.select_related("partner__dialogue"), request.user, pk=pk)


@permission_required("dialogues.change_site", fn=site_by_pk)
def agenda_edit(request, pk):
    site = _site(request, pk)
    items = list(site.agenda.all())
    form = AgendaTimesForm(posted(request), items=items, zone=site.tzinfo, days=list(site.days.all()))
    if request.method == "POST" and form.is_valid():
        try:
            adjust_site_agenda(site, by=request.user, local_times=form.local_times())
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Agenda saved."))
            return redirect("dialogues:site_detail", pk=site.pk)
    return render(request, "dialogues/sites/agenda_form.html", {"site": site, "form": form})


@require_POST
@permission_required("dialogues.change_site", fn=site_by_pk)
def agenda_shift(request, pk):
    site = _site(request, pk)
    form = ShiftAgendaForm(request.POST)
    if form.is_valid():
        try:
            shift_site_agenda(site, by=request.user, minutes=form.cleaned_data["minutes"])
        except DialoguesError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Agenda moved by %(minutes)s minutes.") % form.cleaned_data)
    else:
        messages.error(request, _("Give a whole number of minutes between -720 and 720."))
    return redirect("dialogues:site_detail", pk=site.pk)


@require_POST
@permission_required("dialogues.change_site", fn=site_by_pk)
def agenda_reset(request, pk):
    site = _site(request, pk)
    try:
        apply_agenda_template(site, by=request.user)
    except DialoguesError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Agenda scheduled again from the dialogue's template."))
    return redirect("dialogues:site_detail", pk=site.pk)

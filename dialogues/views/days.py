"""A site's days: add one, change one, remove one."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.days import add_site_day, change_site_day, remove_site_day
from ..domain.errors import DialoguesError
from ..domain.site_changes import people_to_tell
from ..interfaces.site_forms import SiteDayForm
from ..models import Site, SiteDay
from .sites import CONFIRM_FIELD, people_to_ask_about


def _day_site(request, pk):
    """The site of the day ``pk`` (for the permission check), or None."""
    day = SiteDay.objects.visible_to(request.user).select_related("site").filter(pk=pk).first()
    return day.site if day else None


@permission_required("dialogues.change_site", fn=visible_getter(Site))
def day_add(request, pk):
    site = get_visible_or_404(Site.objects.select_related("partner__dialogue"), request.user, pk=pk)
    form = SiteDayForm(posted(request))
    to_confirm = 0
    if request.method == "POST" and form.is_valid():
        to_confirm = people_to_ask_about(request, site, lambda: add_site_day(
            Site.objects.visible_to(request.user).select_related("partner__dialogue").get(pk=site.pk), by=request.user,
            **form.cleaned_data,
        ))
    if request.method == "POST" and form.is_valid() and not to_confirm:
        try:
            day = add_site_day(site, by=request.user, **form.cleaned_data)
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _(
                "Day added. Move sessions to it with “Adjust the times”, or start again from the dialogue's agenda "
                "to place its sessions of that day."
            ))
            return redirect("dialogues:site_detail", pk=day.site_id)
    return render(request, "dialogues/sites/day_form.html", {
        "site": site, "form": form, "to_confirm": to_confirm, "told": to_confirm or people_to_tell(site),
        "confirm_field": CONFIRM_FIELD,
    })


@permission_required("dialogues.change_site", fn=_day_site)
def day_edit(request, pk):
    day = get_visible_or_404(SiteDay.objects.select_related("site__partner__dialogue"), request.user, pk=pk)
    initial = {"date": day.date, "mode": day.mode, "start_time": day.start_time, "meeting_link": day.meeting_link}
    form = SiteDayForm(posted(request), initial=initial)
    to_confirm = 0
    if request.method == "POST" and form.is_valid():
        to_confirm = people_to_ask_about(request, day.site, lambda: change_site_day(
            SiteDay.objects.visible_to(request.user).select_related("site__partner__dialogue").get(pk=day.pk),
            by=request.user,
            **form.cleaned_data,
        ))
    if request.method == "POST" and form.is_valid() and not to_confirm:
        try:
            change_site_day(day, by=request.user, **form.cleaned_data)
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Day saved; its sessions moved with it."))
            return redirect("dialogues:site_detail", pk=day.site_id)
    return render(request, "dialogues/sites/day_form.html", {
        "site": day.site, "day": day, "form": form, "to_confirm": to_confirm,
        "told": to_confirm or people_to_tell(day.site), "confirm_field": CONFIRM_FIELD,
    })


@require_POST
@permission_required("dialogues.change_site", fn=_day_site)
def day_remove(request, pk):
    day = get_visible_or_404(SiteDay.objects.select_related("site"), request.user, pk=pk)
    try:
        remove_site_day(day, by=request.user)
    except DialoguesError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Day removed."))
    return redirect("dialogues:site_detail", pk=day.site_id)

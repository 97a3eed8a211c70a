"""A partner's sites: create, see, change, delete."""

import zoneinfo

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.errors import DialoguesError
from ..domain.site_changes import people_to_tell, preview_arrangement_change
from ..domain.sites import create_site, delete_site, site_deletion_blocker, update_site
from ..interfaces.site_forms import BulkTablesForm, ShiftAgendaForm, SiteForm
from ..models import Partner, Site

site_by_pk = visible_getter(Site)


def _zones():
    return sorted(zoneinfo.available_timezones())


def _site(request, pk):
    return get_visible_or_404(Site.objects.select_related("partner__dialogue", "conduct_contact"), request.user, pk=pk)


def _initial(site):
    first = site.first_day
    return {
        "name": site.name, "mode": site.mode, "country": site.country.code, "city": site.city,
        "street_address": site.street_address, "directions": site.directions,
        "time_zone": site.time_zone, "local_date": first.date if first else None,
        "local_start_time": first.start_time if first else None,
        "languages": ", ".join(site.languages), "capacity": site.capacity,
        "registration_target": site.registration_target,
        "accessibility_notes": site.accessibility_notes, "meeting_link": first.meeting_link if first else "",
        "is_media_site": site.is_media_site,
        "conduct_contact_email": site.conduct_contact.email if site.conduct_contact else "",
    }


def _save_site(request, form, act):
    if request.method == "POST" and form.is_valid():
        try:
            return act(form.cleaned_data)
        except DialoguesError as error:
            show_domain_error(form, error)
    return None


CONFIRM_FIELD = "tell_confirmed"


def people_to_ask_about(request, site, act):
    """How many people the posted change (``act``, working on objects it reads afresh)
    would tell of a new time or place, when the partner has not confirmed yet; 0 when
    it can be saved at once."""
    if request.POST.get(CONFIRM_FIELD):
        return 0
    return preview_arrangement_change(site, act)


@permission_required("dialogues.add_site", fn=visible_getter(Partner))
def site_create(request, pk):
    partner = get_visible_or_404(Partner.objects.select_related("dialogue"), request.user, pk=pk)
    form = SiteForm(posted(request), partner=partner)
    site = _save_site(request, form, lambda data: create_site(partner, by=request.user, **data))
    if site is not None:
        messages.success(request, _("Site “%(site)s” created with the dialogue's agenda.") % {"site": site.name})
        return redirect("dialogues:site_detail", pk=site.pk)
    return render(request, "dialogues/sites/form.html", {"partner": partner, "form": form, "zones": _zones()})


@permission_required("dialogues.change_site", fn=site_by_pk)
def site_edit(request, pk):
    site = _site(request, pk)
    form = SiteForm(posted(request), partner=site.partner, initial=_initial(site))
    to_confirm = 0
    if request.method == "POST" and form.is_valid():
        to_confirm = people_to_ask_about(
            request, site, lambda: update_site(_site(request, pk), by=request.user, **form.cleaned_data)
        )
    saved = None if to_confirm else _save_site(request, form, lambda data: update_site(site, by=request.user, **data))
    if saved is not None:
        messages.success(request, _("Site saved."))
        return redirect("dialogues:site_detail", pk=site.pk)
    return render(request, "dialogues/sites/form.html", {
        "partner": site.partner, "site": site, "form": form, "zones": _zones(),
        "to_confirm": to_confirm, "told": to_confirm or people_to_tell(site), "confirm_field": CONFIRM_FIELD,
    })


@permission_required("dialogues.view_site", fn=site_by_pk)
def site_detail(request, pk):
    site = _site(request, pk)
    context = {
        "site": site,
        "agenda": site.agenda.select_related("topic"),
        "days": site.days.all(),
        "tables": site.tables.select_related("facilitator", "note_taker"),
        "can_change": request.user.has_perm("dialogues.change_site", site),
        "can_see_link": request.user.has_perm("dialogues.view_meeting_link", site),
        "told": people_to_tell(site),
        "shift_form": ShiftAgendaForm(),
        "tables_form": BulkTablesForm(initial={"language": (site.languages or ["en"])[0]}),
    }
    return render(request, "dialogues/sites/detail.html", context)


@permission_required("dialogues.change_site", fn=site_by_pk)
def site_delete(request, pk):
    """Ask first (GET), delete on POST."""
    site = _site(request, pk)
    blocker = site_deletion_blocker(site)
    if request.method != "POST" or blocker:
        context = {"site": site, "table_count": site.tables.count(), "blocker": blocker}
        return render(request, "dialogues/sites/delete.html", context, status=409 if blocker and request.method == "POST" else 200)
    partner = site.partner
    try:
        delete_site(site, by=request.user)
    except DialoguesError as error:
        messages.error(request, error.message)
        return redirect("dialogues:site_detail", pk=site.pk)
    messages.success(request, _("Site “%(site)s” deleted.") % {"site": site.name})
    return redirect("dialogues:partner_detail", pk=partner.pk)

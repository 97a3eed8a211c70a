"""Creating and changing a partner's sites."""

import zoneinfo

from django.db import transaction
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action
from wetheinternet.core.deletion import BLOCKING_ERRORS, blocked_message, deletion_blockers

from ..enums import DialogueKind, SiteMode
from ..models import Site, Table
from ..models.partners import partner_covers_country
from .agenda import apply_agenda_template
from .days import set_first_day
from .errors import SiteError
from .onboarding import refresh_onboarding_state
from .people import invite_helper
from .site_changes import arrangement_watch

SITE_FIELDS = (
    "name", "mode", "country", "city", "street_address", "directions", "time_zone", "languages", "capacity",
    "registration_target", "accessibility_notes", "is_media_site",
)
# The site form also sets the site's first day (``SiteDay``): its date (empty: the
# dialogue's first day), local start time and meeting link. Further days are added on
# the site's page (domain/days.py).
FIRST_DAY_FIELDS = ("local_date", "local_start_time", "meeting_link")


def check_site_values(partner, values):
    """Refuse a country the partner does not cover, an unknown time zone, an online
    site without its meeting link and, in a stakeholder dialogue, a site that does not
    meet online."""
    country = str(values.get("country") or "")
    if not partner_covers_country(partner, country):
        raise SiteError(
            _("%(partner)s does not cover this country. Choose one of: %(countries)s.")
            % {"partner": partner.name, "countries": ", ".join(c.name for c in partner.countries)},
            field="country",
        )
    if values.get("time_zone") not in zoneinfo.available_timezones():
        raise SiteError(
            _("“%(zone)s” is not a known time zone. Use a name such as Europe/Paris or Pacific/Fiji.")
            % {"zone": values.get("time_zone")},
            field="time_zone",
        )
    if partner.dialogue.kind == DialogueKind.STAKEHOLDERS and values.get("mode") != SiteMode.ONLINE:
        raise SiteError(_("A stakeholder dialogue meets online: choose the online format."), field="mode")
    if values.get("mode") in (SiteMode.ONLINE, SiteMode.HYBRID) and not values.get("meeting_link"):
        raise SiteError(_("An online or hybrid site needs its meeting link."), field="meeting_link")


def _conduct_contact(partner, email, *, by):
    return invite_helper(
        email, by=by,
        context_line=_("%(partner)s names you conduct contact of one of its sites.") % {"partner": partner.name},
    )


def create_site(partner, *, by, conduct_contact_email="", **values):
    """Create a site of ``partner`` with its first day and schedule the dialogue's agenda
    there.

    Side effects: the site row, its first ``SiteDay``, an invitation to the conduct
    contact, agenda items, audit entry ``dialogues.site.created``, onboarding state refresh."""
    check_site_values(partner, values)
    with transaction.atomic():
        site = Site(partner=partner, **{field: values[field] for field in SITE_FIELDS if field in values})
        site.conduct_contact = _conduct_contact(partner, conduct_contact_email, by=by)
        site.save()
        log_action("dialogues.site.created", actor=by, target=site, data={"partner": partner.pk})
        set_first_day(site, **{field: values[field] for field in FIRST_DAY_FIELDS if field in values})
        apply_agenda_template(site, by=by)
        refresh_onboarding_state(partner, by=by)
    return site


def update_site(site, *, by, conduct_contact_email="", **values):
    """Change a site and its first day. A new time zone, first date or start time
    schedules the agenda again.

    Side effects: the site row and its first day, maybe an invitation and new agenda
    items, audit entry ``dialogues.site.updated``, onboarding state refresh; a change of
    time or place is told to the people told before (domain/site_changes.py)."""
    check_site_values(site.partner, values)
    zone_changed = "time_zone" in values and values["time_zone"] != site.time_zone
    with transaction.atomic(), arrangement_watch(site, by=by):
        for field in SITE_FIELDS:
            if field in values:
                setattr(site, field, values[field])
        day_moved = set_first_day(site, **{field: values[field] for field in FIRST_DAY_FIELDS if field in values})
        reschedule = zone_changed or day_moved
        contact = _conduct_contact(site.partner, conduct_contact_email, by=by)
        contact_changed = getattr(contact, "pk", None) != site.conduct_contact_id
        site.conduct_contact = contact
        site.save()
        log_action("dialogues.site.updated", actor=by, target=site, data={"rescheduled": reschedule})
        if contact_changed:
            # Reports filed before stay with the contact they were filed with.
            log_action(
                "dialogues.site.conduct_contact_changed", actor=by, target=site,
                data={"contact": getattr(contact, "pk", None)},
            )
        if reschedule:
            apply_agenda_template(site, by=by)
        refresh_onboarding_state(site.partner, by=by)
    return site


def site_deletion_blocker(site):
    """Why ``site`` cannot be deleted (a translated sentence), or None. Reads only."""
    if Table.objects.filter(site=site, results__isnull=False).exists():
        return _("This site cannot be deleted: results were sent for its tables, and results are kept.")
    return deletion_blockers(site)


def delete_site(site, *, by):
    """Delete a site with its agenda and tables. Side effects: audit entry, state refresh.
    Raises SiteError, saying what blocks it, when results or a conduct case depend on it."""
    blocker = site_deletion_blocker(site)
    if blocker:
        raise SiteError(blocker)
    partner = site.partner
    try:
        with transaction.atomic():
            log_action("dialogues.site.deleted", actor=by, target=partner, data={"site": site.pk})
            site.delete()
            refresh_onboarding_state(partner, by=by)
    except BLOCKING_ERRORS as error:  # something came to depend on it meanwhile
        raise SiteError(blocked_message(error)) from None

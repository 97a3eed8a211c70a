"""Calendar events of the dialogues app (``wetheinternet.core.calendars``): a site's
agenda, a person's sessions, and a dialogue's day or window."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.db.models import Q
from django.utils.translation import gettext as _

from wetheinternet.core.calendars import CalendarEvent

from ...enums import DayMode
from ...models import PartnerMembership, ScheduledItem, Site, Table


def _place(site):
    parts = [site.name, site.street_address.replace("\n", ", ") if site.street_address else "", site.city,
             site.country.name]
    return ", ".join(part for part in parts if part)


def _day_of(item):
    """The site's day ``item`` is on (its local start date), from the prefetched days."""
    local = item.starts_at.astimezone(ZoneInfo(item.site.time_zone)).date()
    return next((day for day in item.site.days.all() if day.date == local), None)


def _event(item, *, with_link, note=""):
    site = item.site
    day = _day_of(item)
    link = day.meeting_link if with_link and day is not None else ""
    online = day is not None and day.mode == DayMode.ONLINE
    description = "\n\n".join(text for text in (note, site.directions) if text)
    return CalendarEvent(
        uid=f"agenda-{item.pk}",
        summary=f"{item.title} · {site.name}",
        starts_at=item.starts_at,
        ends_at=item.ends_at,
        time_zone=site.time_zone,
        location=link if online and link else _place(site),
        description=description,
        url=link,
    )


def site_agenda_events(site, *, with_link):
    """Every item of ``site``'s agenda; the meeting link only when ``with_link``."""
    items = ScheduledItem.objects.filter(site=site).select_related("site").prefetch_related("site__days").order_by("starts_at", "position")
    return [_event(item, with_link=with_link) for item in items]


def person_session_events(user):
    """The agenda items of every site where ``user`` facilitates or takes notes at a
    table (with their table and role), is the conduct contact, or works for the partner.
    Three queries whatever the number of sites."""
    tables = Table.objects.filter(Q(facilitator=user) | Q(note_taker=user)).values_list(
        "site_id", "number", "facilitator_id"
    )
    roles = {}
    for site_id, number, facilitator_id in tables:
        role = _("facilitator") if facilitator_id == user.pk else _("note taker")
        roles.setdefault(site_id, []).append(_("Table %(number)s, %(role)s") % {"number": number, "role": role})
    partners = PartnerMembership.objects.filter(user=user).values("partner_id")
    sites = Site.objects.filter(Q(pk__in=list(roles)) | Q(conduct_contact=user) | Q(partner_id__in=partners))
    items = (
        ScheduledItem.objects.filter(site__in=sites)
        .select_related("site")
        .prefetch_related("site__days")
        .order_by("starts_at", "position")
    )
    return [_event(item, with_link=True, note="; ".join(roles.get(item.site_id, []))) for item in items]


def dialogue_window_events(dialogue):
    """One whole-day event: the Deliberation Day, or the dialogue's window from its
    first day to its last."""
    first, last = dialogue.first_day, dialogue.last_day
    summary = (
        _("Deliberation Day: %(name)s") if first == last else _("%(name)s: the dialogue's days")
    ) % {"name": dialogue.name}
    return [CalendarEvent(
        uid=f"dialogue-{dialogue.pk}-window", summary=summary, starts_at=first, ends_at=last + dt.timedelta(days=1),
        description=dialogue.description,
    )]

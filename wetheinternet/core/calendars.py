"""Calendar files (RFC 5545) of the platform's times, with the ``icalendar`` package.

Times are stored in UTC; an event is written in the time zone of its place (a site's
``time_zone``) with a ``TZID`` and the matching ``VTIMEZONE``, so that a calendar shows
the local time wherever it is read, and events with no place are written in UTC. Whole
days (a dialogue's window) are dates. ``calendar_response`` serves a download or a feed;
feeds of signed-in people's own sessions are reached through ``CalendarToken``."""

import datetime as dt
import hashlib
import secrets
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

PRODUCT = "-//We, the Internet//Deliberation platform//EN"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable across downloads, so a subscribed calendar updates instead of doubling
    summary: str
    starts_at: dt.datetime | dt.date  # aware (UTC) for times; a date for whole days
    ends_at: dt.datetime | dt.date  # for whole days, the day after the last
    time_zone: str = "UTC"
    location: str = ""
    description: str = ""
    url: str = ""
    sequence: int = 0  # RFC 5545 SEQUENCE: raised on each change of time or place, same UID


def build_calendar(events, *, name, method=None):
    """The bytes of a calendar holding ``events`` (``method`` PUBLISH for a file sent
    with a message)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    calendar.add("x-wr-calname", str(name))
    stamp = timezone.now().astimezone(dt.UTC)
    for item in events:
        event = Event()
        event.add("uid", f"{item.uid}@{_domain()}")
        event.add("dtstamp", stamp)
        event.add("summary", str(item.summary))
        event.add("sequence", item.sequence)
        if isinstance(item.starts_at, dt.datetime):
            zone = zoneinfo.ZoneInfo(item.time_zone or "UTC")
            event.add("dtstart", item.starts_at.astimezone(zone))
            event.add("dtend", item.ends_at.astimezone(zone))
        else:
            event.add("dtstart", item.starts_at)
            event.add("dtend", item.ends_at)
        for field in ("location", "description", "url"):
            if getattr(item, field):
                event.add(field, str(getattr(item, field)))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_response(events, *, name, filename, download=True):
    """A ``text/calendar`` response; ``download`` makes it a file to save rather than a
    feed a calendar application reads."""
    response = HttpResponse(build_calendar(events, name=name), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


def _domain():
    return getattr(settings, "SITE_URL", "http://localhost").split("://")[-1].split("/")[0] or "localhost"


def new_feed_token():
    """A new secret for a feed address, and the digest that is stored (the secret is
    shown once; whoever reads the database cannot rebuild the address)."""
    token = secrets.token_urlsafe(32)
    return token, token_digest(token)


def token_digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def event_ics(*, uid, summary, starts_at, ends_at, location="", description="", url="", time_zone="UTC",
              sequence=0):
    """One event as ``.ics`` bytes, to attach to a message: written in ``time_zone``
    (the site's) with its ``VTIMEZONE``, so every calendar shows the right time. A
    changed event keeps its ``uid`` with a higher ``sequence``: calendars that imported
    it replace it instead of adding a second one."""
    event = CalendarEvent(uid=uid, summary=summary, starts_at=starts_at, ends_at=ends_at, time_zone=time_zone,
                          location=location, description=description, url=url, sequence=sequence)
    return build_calendar([event], name=summary, method="PUBLISH")

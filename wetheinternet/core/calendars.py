"""Calendar entries (RFC 5545 ``.ics``) written with the ``icalendar`` package."""

import datetime as dt

from django.utils import timezone
from icalendar import Calendar, Event

PRODUCT = "-//We, the Internet//deliberation platform//EN"


def event_ics(*, uid, summary, starts_at, ends_at, location="", description="", url=""):
    """One event as ``.ics`` bytes. Times are aware datetimes, written in UTC (every
    calendar shows them in the reader's own zone)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("dtstart", starts_at.astimezone(dt.UTC))
    event.add("dtend", ends_at.astimezone(dt.UTC))
    event.add("summary", summary)
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    if url:
        event.add("url", url)
    calendar.add_component(event)
    return calendar.to_ical()

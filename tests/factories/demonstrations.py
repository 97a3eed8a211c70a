"""A demonstration event run as an organiser runs it (reports/demo_demonstration.py):
made from a released main dialogue, 20 people added on the spot, 4 groups of 5."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone

from reports.demo_demonstration import approve_and_show, build_demonstration, enter_group_results

from .accounts import UserFactory


def started_event(main, *, slug="igf-demo", organiser=None, people=20, k=None, seat=True):
    """The event's site started two hours ago (Geneva time), so result entry is open.
    Returns ``(dialogue, site, organiser)``."""
    organiser = organiser or UserFactory()
    start = (timezone.now() - dt.timedelta(hours=2)).astimezone(ZoneInfo("Europe/Zurich"))
    dialogue, site = build_demonstration(
        main,
        slug=slug,
        name="IGF pre-event",
        organiser=organiser,
        day=start.date(),
        start_time=start.time().replace(second=0, microsecond=0),
        people=people,
        k=k,
        seat=seat,
    )
    return dialogue, site, organiser


def event_with_results(main, **kwargs):
    """A started event whose groups have entered their results, answers approved and
    the room's figures released."""
    dialogue, site, organiser = started_event(main, **kwargs)
    enter_group_results(site)
    approve_and_show(dialogue, by=organiser)
    return dialogue, site, organiser

"""Changes of time or place: when what participants were told about a site (its days,
format, meeting link, address, directions, time zone, the span of its agenda) changes,
the people told are told again, once per change.

The people are registrations' (a later app): it installs a listener
(``install_site_change_listener``) that counts whom a change would reach and writes to
them. A domain function that may change a site's arrangement runs its writes inside
``arrangement_watch(site, by=...)``: the arrangement is read before and after, and
only a real difference raises ``Site.arrangement_sequence`` (the SEQUENCE of the
calendar entry sent with the messages), calls the listeners and writes the audit entry
``dialogues.site.arrangement_changed``. A form sent again with nothing changed sends
nothing. ``preview_arrangement_change`` tries a change in a transaction it rolls back,
to say how many people would be told before the partner confirms."""

import contextvars
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Max, Min

from wetheinternet.core.audit import log_action

from ..models import ScheduledItem, Site, SiteDay
from .errors import DialoguesError


@dataclass(frozen=True)
class SiteChangeListener:
    count: object  # count(site) -> how many people a change would be told to
    notify: object  # notify(site, *, sequence) -> how many messages were queued


_listeners = []
_previewing = contextvars.ContextVar("previewing_site_change", default=False)
_watched = contextvars.ContextVar("watched_sites", default=frozenset())


def install_site_change_listener(*, count, notify):
    listener = SiteChangeListener(count=count, notify=notify)
    if listener not in _listeners:
        _listeners.append(listener)


def site_arrangement(site_id):
    """What participants are told about the site's time and place, comparable."""
    site = Site.objects.values("mode", "time_zone", "city", "street_address", "directions").get(pk=site_id)
    days = (
        SiteDay.objects.filter(site_id=site_id)
        .order_by("date")
        .values_list("date", "start_time", "mode", "meeting_link")
    )
    span = ScheduledItem.objects.filter(site_id=site_id).aggregate(first=Min("starts_at"), last=Max("ends_at"))
    text = {name: " ".join(str(value).split()) for name, value in site.items()}
    return text, tuple(days), (span["first"], span["last"])


def people_to_tell(site):
    """How many people a change of the site's time or place would be told to now."""
    return sum(listener.count(site) for listener in _listeners)


@contextmanager
def arrangement_watch(site, *, by):
    """Run the writes of a change; if they changed the site's arrangement, record the
    change and tell the people (see the module). Use inside the caller's transaction.
    A watch inside another of the same site (the agenda scheduled again by a site
    change) leaves it to the outer one: one change, one message."""
    if site.pk in _watched.get():
        yield
        return
    token = _watched.set(_watched.get() | {site.pk})
    try:
        before = site_arrangement(site.pk)
        yield
        if site_arrangement(site.pk) != before:
            _record_change(site, by=by)
    finally:
        _watched.reset(token)


def _record_change(site, *, by):
    Site.objects.filter(pk=site.pk).update(arrangement_sequence=F("arrangement_sequence") + 1)
    site.arrangement_sequence = Site.objects.values_list("arrangement_sequence", flat=True).get(pk=site.pk)
    if _previewing.get():
        return
    told = sum(listener.notify(site, sequence=site.arrangement_sequence) for listener in _listeners)
    log_action(
        "dialogues.site.arrangement_changed",
        actor=by,
        target=site,
        data={"sequence": site.arrangement_sequence, "told": told},
    )


class _Rollback(Exception):
    pass


def preview_arrangement_change(site, act):
    """How many people would be told if ``act()`` (a change of ``site`` working on
    objects it reads afresh) ran now: 0 when it changes nothing they were told, when
    nobody was told yet, or when it would be refused (the real save shows why).
    Writes nothing: ``act`` runs in a transaction that is rolled back."""
    count = people_to_tell(site)
    if not count:
        return 0
    token = _previewing.set(True)
    changed = False
    try:
        with transaction.atomic():
            before = site_arrangement(site.pk)
            act()
            changed = site_arrangement(site.pk) != before
            raise _Rollback
    except _Rollback:
        pass
    except DialoguesError:
        return 0
    finally:
        _previewing.reset(token)
    return count if changed else 0

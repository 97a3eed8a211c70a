"""Releases of public figures. Every public product (dashboard, open data, API, PDFs) is
made of the table results of the latest release, never of the results as they arrive,
so reading the products before and after one table reported shows no difference.

A release is made by staff (everything counted now), or automatically by a periodic
task, area by area: for each country and session, the new or changed table results are
taken in only once they cover at least ``MIN_TABLES`` tables and k people present;
until then that country and session keep the results of the previous release. The
difference between two releases is then never one table."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action
from wetheinternet.core.exceptions import DomainError
from wetheinternet.core.outbox import defer

from ..enums import ReleaseKind
from ..models import Release
from .queries.counts import counted_submissions

MIN_TABLES = 2
LIVE_STATUSES = ("deliberation", "results")


class ReleaseError(DomainError):
    """A refused release (nothing changed) or booking (time past or too far)."""


@dataclass(frozen=True)
class Entry:
    """One table result as a release sees it."""

    id: int
    table: int
    country: str
    topic: int
    people: int


def latest_release(dialogue):
    return Release.objects.filter(dialogue=dialogue).order_by("-number").first()


def _entries(submissions):
    rows = submissions.values_list("id", "table_id", "table__site__country", "topic_id", "people_present")
    return {row[0]: Entry(*row) for row in rows}


def _released(release):
    if release is None:
        return {}
    from results.models import ResultSubmission

    return _entries(ResultSubmission.objects.filter(releases=release))


def _by_area(entries):
    areas = {}
    for entry in entries.values():
        areas.setdefault((entry.country, entry.topic), {})[entry.id] = entry
    return areas


def due_submissions(current, released, k):
    """The submission ids of an automatic release: per country and session, the current
    results when their change since ``released`` covers at least ``MIN_TABLES`` tables
    and k people, else the released ones."""
    now, before = _by_area(current), _by_area(released)
    chosen = set()
    for area in set(now) | set(before):
        new, old = now.get(area, {}), before.get(area, {})
        added = [e for i, e in new.items() if i not in old]
        removed = [e for i, e in old.items() if i not in new]
        tables = {e.table for e in added} | {e.table for e in removed}
        people = sum(e.people for e in added)
        ready = len(tables) >= MIN_TABLES and people >= k
        chosen.update(new if ready else old)
    return chosen


def _create(dialogue, ids, *, kind, by, warm=True, thank=True, kits=True):
    from dialogues.models import Dialogue

    Dialogue.objects.select_for_update().filter(pk=dialogue.pk).first()
    last = latest_release(dialogue)
    release = Release.objects.create(
        dialogue=dialogue, number=(last.number + 1) if last else 1, kind=kind, released_at=timezone.now(),
        released_by=by, tables=len(ids),
    )
    through = Release.submissions.through
    through.objects.bulk_create(
        [through(release_id=release.pk, resultsubmission_id=pk) for pk in sorted(ids)], batch_size=5000
    )
    log_action("reports.release.published", actor=by, target=release,
               data={"number": release.number, "kind": kind, "tables": len(ids)})
    if warm:
        defer("reports.tasks.warm_open_data_task", dialogue.pk)
    if kits and kind != ReleaseKind.AUTOMATIC:
        # Staff (or a booked release) made the figures public: a dissemination kit for
        # every area and language. Automatic releases during the day do not, so that
        # workers are not rebuilding hundreds of kits every few minutes.
        defer("reports.tasks.launch_kits_task", dialogue.pk, by.pk if by else None)
    if thank and kind != ReleaseKind.AUTOMATIC:
        # Staff released the results: the participants are thanked with the link (once per dialogue).
        defer("registrations.tasks.thank_participants", dialogue.pk,
              settings.SITE_URL.rstrip("/") + reverse("reports:public", kwargs={"slug": dialogue.slug}))
    return release


def release_results(dialogue, *, by, warm_open_data=True, kind=ReleaseKind.STAFF, thank_participants=True,
                    dissemination_kits=True):
    """Staff: release every counted table result now (``kind`` SCHEDULED when a booked
    release runs). Side effects: a Release with its
    submissions, an audit entry ``reports.release.published``, ``warm_open_data_task``
    queued on commit (the open data of the release computed by a worker; not with
    ``warm_open_data=False``, for generated data whose open data nobody waits for), the
    participants' thank-you with the results link queued (``thank_participants``; not with
    ``thank_participants=False``, for generated people), ``launch_kits_task`` queued
    (a dissemination kit for every area and language, ``domain.kits``; not with
    ``dissemination_kits=False``, for generated data). Raises ReleaseError when
    nothing changed since the last release."""
    with transaction.atomic():
        current = set(counted_submissions(dialogue).values_list("id", flat=True))
        if current == set(_released(latest_release(dialogue))):
            raise ReleaseError(_("Nothing has changed since the last release."))
        return _create(dialogue, current, kind=kind, by=by, warm=warm_open_data, thank=thank_participants,
                       kits=dissemination_kits)


def release_due_results(dialogue, *, by=None):
    """Release what has become safe to release (see the module's docstring); None when
    nothing has. ``by``: who asked (a demonstration's organiser updating the plenary
    screen), None for the periodic task. Side effects as ``release_results``."""
    with transaction.atomic():
        released = _released(latest_release(dialogue))
        ids = due_submissions(_entries(counted_submissions(dialogue)), released, dialogue.anonymity_threshold)
        if ids == set(released):
            return None
        return _create(dialogue, ids, kind=ReleaseKind.AUTOMATIC, by=by)


def release_all_due_results():
    """``release_due_results`` for every dialogue in deliberation or results; returns
    how many releases were made."""
    from dialogues.models import Dialogue

    return sum(
        1 for dialogue in Dialogue.objects.filter(status__in=LIVE_STATUSES) if release_due_results(dialogue) is not None
    )


def live_progress(dialogue):
    """Staff only: tables reporting now (not released) per country and session, without
    any result: ``{(country, topic_id): tables}``."""
    progress = {}
    for entry in _entries(counted_submissions(dialogue)).values():
        key = (entry.country, entry.topic)
        progress[key] = progress.get(key, 0) + 1
    return progress

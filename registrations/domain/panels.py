"""Panel selection by sortition, as a background job (a PanelRun row, then a task)."""

import datetime as dt
import random
import secrets

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action
from wetheinternet.core.leases import LEASE, heartbeat
from wetheinternet.core.outbox import defer

from ..enums import JobState, PanelRole, RegistrantStatus, RunKind
from ..models import PanelMember, PanelRun, TableSeat
from .exceptions import RedrawNeedsConfirmation, SelectionError
from .pool import current_panel_summary, eligible_registrants, panel_scope, pool_answers, quota_fulfilment
from .quotas import category_labels, quotas_for
from .sortition import QuotaShortfall, choose_algorithm, draw_panel

QUEUE_DEADLINE = dt.timedelta(minutes=10)  # queued and never started: its message was lost
MAX_ATTEMPTS = 3


def request_panel_selection(dialogue, *, country, panel_size, reserve_size=0, site=None, algorithm="", seed=None, by,
                            replace_current=False):
    """Create a queued PanelRun and enqueue the draw.

    A draw replaces the scope's current panel and reserve list, and the new draw frees
    the seats of everyone not drawn again: unless ``replace_current``, a scope that has
    a panel raises ``RedrawNeedsConfirmation`` saying what would be replaced.

    Side effects: PanelRun row; audit entry ``registrations.panel.requested`` (with the
    counts replaced); task ``run_panel_selection`` deferred (``wetheinternet.core.outbox``).
    Raises ``SelectionError`` for a panel size below 1."""
    if panel_size < 1:
        raise SelectionError(_("The panel needs at least one person."))
    replaces = current_panel_summary(dialogue, country, site)
    if (replaces["selected"] or replaces["reserve"]) and not replace_current:
        raise RedrawNeedsConfirmation(redraw_warning(replaces), replaces=replaces)
    pool_size = eligible_registrants(dialogue, country, site).count()
    chosen, reason = choose_algorithm(pool_size)
    if algorithm and algorithm != chosen:
        reason = _("Chosen by %(user)s instead of the automatic choice. %(automatic)s") % {
            "user": by.get_short_name(),
            "automatic": reason,
        }
    with transaction.atomic():
        run = PanelRun.objects.create(
            dialogue=dialogue,
            country=country,
            site=site,
            panel_size=panel_size,
            reserve_size=reserve_size,
            algorithm=algorithm or chosen,
            algorithm_reason=reason,
            seed=seed if seed is not None else secrets.randbelow(2**31 - 1) + 1,
            requested_by=by,
        )
        log_action(
            "registrations.panel.requested",
            actor=by,
            target=run,
            data={"algorithm": run.algorithm, "panel_size": panel_size, "pool": pool_size, "replaces": replaces},
        )
        defer("registrations.tasks.run_panel_selection", run.pk)
    return run


def redraw_warning(replaces):
    """The sentence a person confirms before a draw replaces a panel."""
    return _(
        "This draw replaces the current panel: %(selected)s selected and %(reserve)s on the reserve list. "
        "%(seated)s of them are seated at %(tables)s tables; everyone not drawn again loses their seat, "
        "so seat the tables again after the draw."
    ) % replaces


class RunProgress:
    """The package's progress reporter, writing a percentage on the run (throttled)."""

    def __init__(self, run):
        self.run = run
        self.total = None
        self.last = -1

    def start_phase(self, name, total=None, *, message=None):
        self.total = total

    def update(self, current, *, message=None):
        # Maximin and nash do not know how many iterations they need: approach 90 %.
        share = current / self.total if self.total else current / (current + 25)
        self._save(min(90, 10 + int(80 * share)), message or "")

    def end_phase(self):
        pass

    def _save(self, percent, message):
        if percent > self.last:
            self.last = percent
            PanelRun.objects.filter(pk=self.run.pk).update(
                progress=percent, message=message[:300], lease_until=timezone.now() + LEASE
            )


def execute_panel_run(run_id):
    """Run a queued draw: claim it, draw, store members and results.

    Side effects: PanelRun state/progress/results; PanelMember rows; registrant
    statuses of the scope (selected, reserve, back to registered); audit entry
    ``registrations.panel.drawn`` or ``registrations.panel.failed``. Idempotent: a run
    already done or running under a live lease is left alone."""
    now = timezone.now()
    claimable = Q(state=JobState.QUEUED) | Q(state=JobState.RUNNING, lease_until__lt=now)
    claimed = PanelRun.objects.filter(claimable, pk=run_id, attempts__lt=MAX_ATTEMPTS).update(
        state=JobState.RUNNING, started_at=now, lease_until=now + LEASE, progress=5, attempts=F("attempts") + 1
    )
    if not claimed:
        return None
    run = PanelRun.objects.get(pk=run_id)
    eligible = list(eligible_registrants(run.dialogue, run.country, run.site).order_by("pk").values_list("pk", flat=True))
    pool = pool_answers(eligible)
    quotas = quotas_for(run.dialogue, run.country, run.panel_size)
    labels = category_labels(run.dialogue)
    run.inputs = {
        "pool": {str(pk): answers for pk, answers in pool.items()},
        "quotas": {feature: {c: list(mm) for c, mm in cats.items()} for feature, cats in quotas.items()},
        "panel_size": run.panel_size,
        "reserve_size": run.reserve_size,
    }
    try:
        with heartbeat(lambda: renew_panel_lease(run_id)):
            outcome = draw_panel(
                pool, quotas, run.panel_size, algorithm=run.algorithm, seed=run.seed, progress=RunProgress(run),
                labels=labels,
            )
    except QuotaShortfall as shortfall:
        _finish(run, JobState.FAILED, message="\n".join(shortfall.problems))
        log_action("registrations.panel.failed", target=run, data={"problems": len(shortfall.problems)})
        return run
    except Exception:
        _finish(run, JobState.FAILED, message=_("The draw stopped on an unexpected error. Try again, or ask staff "
                                                "to choose another method."))
        log_action("registrations.panel.failed", target=run, data={"problems": 0, "error": True})
        raise
    reserve = _draw_reserve(eligible, outcome.selected, run.reserve_size, run.seed)
    with transaction.atomic():
        seats_cleared = _store_members(run, outcome.selected, reserve)
        run.quota_fulfilment = quota_fulfilment(pool, outcome.selected, quotas, labels)
        run.probabilities = {str(pk): p for pk, p in outcome.probabilities.items()}
        _finish(run, JobState.DONE, seconds=outcome.seconds)
        log_action(
            "registrations.panel.drawn",
            target=run,
            data={"selected": len(outcome.selected), "reserve": len(reserve), "algorithm": run.algorithm,
                  "seats_cleared": seats_cleared},
        )
    return run


def renew_panel_lease(run_id):
    """The running worker's heartbeat: the lease of run ``run_id`` runs ``LEASE`` from now."""
    PanelRun.objects.filter(pk=run_id, state=JobState.RUNNING).update(lease_until=timezone.now() + LEASE)


def _draw_reserve(eligible, selected, size, seed):
    """The reserve list: the rest of the pool in a random order fixed by the seed."""
    rest = sorted(set(eligible) - set(selected))
    random.Random(seed).shuffle(rest)
    return rest[:size]


def _store_members(run, selected, reserve):
    """Statuses and panel entries of the new draw; the number of seats freed (people
    seated after an earlier draw who are not selected this time)."""
    scope = panel_scope(run.dialogue, run.country, run.site)
    seats_cleared, _per_model = TableSeat.objects.filter(registrant__in=scope).exclude(registrant_id__in=selected).delete()
    scope.filter(status__in=[RegistrantStatus.SELECTED, RegistrantStatus.RESERVE]).update(
        status=RegistrantStatus.REGISTERED
    )
    scope.filter(pk__in=selected).update(status=RegistrantStatus.SELECTED)
    scope.filter(pk__in=reserve).update(status=RegistrantStatus.RESERVE)
    PanelMember.objects.bulk_create(
        [PanelMember(run=run, registrant_id=pk, role=PanelRole.SELECTED) for pk in selected]
        + [PanelMember(run=run, registrant_id=pk, role=PanelRole.RESERVE, rank=rank) for rank, pk in enumerate(reserve, 1)]
    )
    return seats_cleared


def _finish(run, state, *, message="", seconds=None):
    run.state = state
    run.progress = 100
    run.message = message
    run.seconds = seconds
    run.finished_at = timezone.now()
    run.lease_until = None
    run.save()


def reproduce_draw(run):
    """Draw again from ``run``'s record alone (stored inputs, method and seed), in this
    process: the same panel as the run's, in any process. Writes nothing."""
    pool = {int(pk): answers for pk, answers in run.inputs["pool"].items()}
    quotas = {feature: {c: tuple(mm) for c, mm in cats.items()} for feature, cats in run.inputs["quotas"].items()}
    return draw_panel(pool, quotas, run.inputs["panel_size"], algorithm=run.algorithm, seed=run.seed)


def latest_draw(dialogue, country, site=None):
    return (
        PanelRun.objects.filter(dialogue=dialogue, country=country, site=site, kind=RunKind.DRAW, state=JobState.DONE)
        .order_by("-finished_at")
        .first()
    )


def stalled_runs(now):
    """Ids of runs whose worker died (lease expired) and that may be tried again."""
    return list(
        PanelRun.objects.filter(
            Q(state=JobState.RUNNING, lease_until__lt=now)
            | Q(state=JobState.QUEUED, lease_until__lt=now)
            | Q(state=JobState.QUEUED, lease_until__isnull=True, created_at__lt=now - QUEUE_DEADLINE),
            attempts__lt=MAX_ATTEMPTS,
        ).values_list("pk", flat=True)
    )


def requeue_stalled_runs(now):
    """Hand the stalled runs (``stalled_runs``) to the workers again (the next claim
    counts an attempt); a run whose worker died ``MAX_ATTEMPTS`` times is marked failed.
    Side effects: a deferred ``run_panel_selection`` per run, a queued run's deadline
    moved on, audit ``registrations.panel.failed`` for the runs given up. Returns how
    many were queued again."""
    with transaction.atomic():
        for run in PanelRun.objects.select_for_update().filter(
            state=JobState.RUNNING, lease_until__lt=now, attempts__gte=MAX_ATTEMPTS
        ):
            _finish(run, JobState.FAILED, message=_("The draw stopped %(count)s times before finishing; it was "
                                                    "given up. Try again.") % {"count": run.attempts})
            log_action("registrations.panel.failed", target=run, data={"problems": 0, "attempts": run.attempts})
        run_ids = stalled_runs(now)
        PanelRun.objects.filter(pk__in=run_ids, state=JobState.QUEUED).update(lease_until=now + QUEUE_DEADLINE)
        for run_id in run_ids:
            defer("registrations.tasks.run_panel_selection", run_id)
    return len(run_ids)

"""Replacing a selected person from the reserve list while keeping every quota."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import Attendance, JobState, PanelRole, RegistrantStatus, RunKind
from ..models import PanelMember, PanelRun, TableSeat
from .exceptions import SelectionError
from .pool import current_panel_ids, pool_answers, quota_fulfilment
from .quotas import category_labels


def _draw_of(registrant):
    member = (
        PanelMember.objects.filter(registrant=registrant, run__kind=RunKind.DRAW, run__state=JobState.DONE)
        .select_related("run")
        .order_by("-run__finished_at")
        .first()
    )
    if member is None:
        raise SelectionError(_("This person was not drawn in a panel."))
    return member.run


def _quotas_in_draw_order(draw):
    """The draw's quotas, in the order its result page lists them (the stored inputs
    may come back from the database in another key order)."""
    stored = draw.inputs["quotas"]
    quotas = {}
    for row in draw.quota_fulfilment:
        quotas.setdefault(row["feature"], {})[row["category"]] = tuple(stored[row["feature"]][row["category"]])
    for feature, categories in stored.items():
        for category, min_max in categories.items():
            quotas.setdefault(feature, {}).setdefault(category, tuple(min_max))
    return quotas


def _within(quotas, answers_by_person, people):
    for feature, categories in quotas.items():
        for category, (low, high) in categories.items():
            count = sum(1 for pk in people if answers_by_person[pk].get(feature) == category)
            if not low <= count <= high:
                return False
    return True


def replace_from_reserve(leaving, *, by, present_at=None):
    """Draw the first person on the reserve list whose answers keep every quota met
    when they take ``leaving``'s place. With ``present_at`` (a site, on the day), only
    reserves marked attended at that site are considered.

    Side effects: a done PanelRun of kind replacement (seed and inputs recorded) with
    one PanelMember; ``leaving`` back to registered unless withdrawn; the replacement
    selected and given ``leaving``'s seat if there was one; audit entry
    ``registrations.panel.replaced``. Raises ``SelectionError`` if nobody fits."""
    draw = _draw_of(leaving)
    quotas = _quotas_in_draw_order(draw)
    reserve = PanelMember.objects.filter(run=draw, role=PanelRole.RESERVE, registrant__status=RegistrantStatus.RESERVE)
    if present_at is not None:
        reserve = reserve.filter(registrant__site=present_at, registrant__attendance=Attendance.ATTENDED)
    reserve = list(reserve.order_by("rank").values_list("registrant_id", flat=True))
    current = [pk for pk in current_panel_ids(draw.dialogue, draw.country, draw.site) if pk != leaving.pk]
    answers = pool_answers(set(reserve) | set(current))
    chosen = next((pk for pk in reserve if _within(quotas, answers, [*current, pk])), None)
    if chosen is None and present_at is not None:
        raise SelectionError(
            _("Nobody on the reserve list who has been checked in at this site can take this place without "
              "breaking a quota. Mark the reserves who came as attended, then try again.")
        )
    if chosen is None:
        raise SelectionError(_("Nobody on the reserve list can take this place without breaking a quota."))
    with transaction.atomic():
        now = timezone.now()
        run = PanelRun.objects.create(
            dialogue=draw.dialogue, country=draw.country, site=draw.site, kind=RunKind.REPLACEMENT,
            panel_size=draw.panel_size, algorithm=draw.algorithm, seed=draw.seed, state=JobState.DONE,
            progress=100, requested_by=by, started_at=now, finished_at=now,
            algorithm_reason=_("First person on the reserve list who keeps every quota met."),
            inputs={"draw": draw.pk, "replaces": leaving.pk, "reserve_order": reserve, "quotas": draw.inputs["quotas"],
                    "present_at": present_at.pk if present_at is not None else None},
        )
        run.quota_fulfilment = quota_fulfilment(answers | pool_answers([chosen]), [*current, chosen], quotas,
                                                category_labels(draw.dialogue))
        run.save(update_fields=["quota_fulfilment"])
        PanelMember.objects.create(run=run, registrant_id=chosen, role=PanelRole.SELECTED, replaces=leaving)
        replacement = type(leaving).objects.get(pk=chosen)
        replacement.status = RegistrantStatus.SELECTED
        replacement.save(update_fields=["status", "updated_at"])
        if leaving.status == RegistrantStatus.SELECTED:
            leaving.status = RegistrantStatus.REGISTERED
            leaving.save(update_fields=["status", "updated_at"])
        seat = TableSeat.objects.filter(registrant=leaving).first()
        if seat is not None:
            seat.registrant = replacement
            seat.save(update_fields=["registrant"])
        log_action("registrations.panel.replaced", actor=by, target=run, data={"replaces": leaving.pk, "by": chosen})
    return replacement

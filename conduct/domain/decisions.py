from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.accounts.domain.suspensions import lift_suspension, suspend_sign_in
from wetheinternet.core.audit import log_action
from wetheinternet.core.outbox import defer

from ..enums import OPEN_STATES, CaseState, LadderStep
from ..models import Decision, Incident
from .errors import ConductError
from .triage import _apply_state


def decide(incident, *, by, step, repair_step, message, ends_at=None, subject_user=None,
           subject_participant_id=None, limited_activity="", now=None):
    """Resolve a case with a decision on the Contributor Covenant 3.0 ladder and apply
    its effect: a suspension or ban stops the account concerned signing in (until
    ``ends_at``; a ban has no end); a banned or suspended participant
    (``subject_participant_id``, see ``conduct.domain.participants``) is flagged at
    check-in; limited activities block the named activity.

    Side effects: one Decision row, the case resolved (StateChange), a sign-in
    suspension in accounts, audit ``conduct.decision.made``, and after commit the
    message e-mailed to the people concerned (a deferred task)."""
    now = now or timezone.now()
    _check_decision(step, repair_step, message, ends_at, limited_activity, now)
    with transaction.atomic():
        incident = Incident.objects.select_for_update().get(pk=incident.pk)
        if incident.state not in OPEN_STATES:
            raise ConductError(_("This case is closed: reopen it before deciding."))
        Decision.objects.filter(incident=incident).delete()  # a reopened case gets a new decision
        decision = Decision.objects.create(
            incident=incident, step=step, repair_step=repair_step, message=message,
            ends_at=None if step == LadderStep.BAN else ends_at, subject_user=subject_user,
            subject_participant_id=subject_participant_id,
            limited_activity=limited_activity if step == LadderStep.LIMITED_ACTIVITIES else "",
            starts_at=now, decided_at=now, decided_by=by,
        )
        _apply_state(incident, CaseState.RESOLVED, by=by, now=now)
        _apply_effects(decision, by=by)
        log_action("conduct.decision.made", actor=by, target=incident, data={"step": step, "decision": decision.pk})
        defer("conduct.tasks.send_decision_message", decision.pk)
    return decision


def change_decision_end(decision, *, ends_at, by):
    """Move the end of a temporary decision: later to lengthen it, earlier (even in the
    past) to end it now; its effects follow at once. Side effects: the decision and its
    suspension updated or lifted, audit ``conduct.decision.end_changed``."""
    if decision.step == LadderStep.BAN:
        raise ConductError(_("A permanent ban has no end date."))
    if ends_at is None:
        raise ConductError(_("Give the new end date."))
    with transaction.atomic():
        decision.ends_at = ends_at
        decision.save(update_fields=["ends_at"])
        _apply_effects(decision, by=by)
        log_action("conduct.decision.end_changed", actor=by, target=decision.incident, data={"decision": decision.pk})
    return decision


def _apply_effects(decision, *, by):
    reference = f"conduct.decision.{decision.pk}"
    if decision.subject_user_id and decision.step in (LadderStep.SUSPENSION, LadderStep.BAN):
        if decision.ends_at is not None and decision.ends_at <= timezone.now():
            lift_suspension(reference=reference, by=by)
        else:
            suspend_sign_in(decision.subject_user, reference=reference, ends_at=decision.ends_at,
                            starts_at=decision.starts_at, by=by)


def _check_decision(step, repair_step, message, ends_at, limited_activity, now):
    if step not in LadderStep.values:
        raise ConductError(_("Choose a step of the ladder."))
    if not repair_step.strip():
        raise ConductError(_("Every decision names a repair step."))
    if not message.strip():
        raise ConductError(_("Write the message to the people concerned."))
    if step != LadderStep.BAN and (ends_at is None or ends_at <= now):
        raise ConductError(_("Give an end date in the future (only a permanent ban has none)."))
    if step == LadderStep.LIMITED_ACTIVITIES and not limited_activity:
        raise ConductError(_("Name the activity that is limited."))

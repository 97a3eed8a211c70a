from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.accounts.enums import OrganisationRole
from wetheinternet.accounts.models import User
from wetheinternet.accounts.rules import is_conduct_team, is_response_lead
from wetheinternet.core.audit import log_action

from ..enums import CLOSED_STATES, STATE_MOVES, CaseState
from ..models import Assignment, Incident, InternalNote, Recusal, StateChange
from .errors import ConductError


def open_case(incident, *, by):
    """Record that ``by`` read the case (every read is in the audit log)."""
    log_action("conduct.incident.viewed", actor=by, target=incident)


def move_case(incident, to_state, *, by, now=None):
    """Move a case to ``to_state`` (resolving goes through ``decide``). The first move
    out of "new" counts as the acknowledgement; closing sets the closing time.

    Side effects: state and times on the case, one StateChange row, audit
    ``conduct.incident.state_changed``."""
    now = now or timezone.now()
    with transaction.atomic():
        incident = Incident.objects.select_for_update().get(pk=incident.pk)
        if to_state not in STATE_MOVES[incident.state]:
            raise ConductError(
                _("A case that is “%(current)s” cannot become “%(target)s”.")
                % {"current": incident.get_state_display(), "target": CaseState(to_state).label}
            )
        _apply_state(incident, to_state, by=by, now=now)
    return incident


def _apply_state(incident, to_state, *, by, now):
    from_state = incident.state
    incident.state = to_state
    if incident.acknowledged_at is None:
        incident.acknowledged_at = now
    incident.closed_at = now if to_state in CLOSED_STATES else None
    incident.save(update_fields=["state", "acknowledged_at", "closed_at"])
    StateChange.objects.create(incident=incident, from_state=from_state, to_state=to_state, at=now, by=by)
    log_action("conduct.incident.state_changed", actor=by, target=incident, data={"from": from_state, "to": to_state})


def assign_handler(incident, handler, *, by):
    """Give the case to a member of the conduct team. Refused for a handler who recused.

    Side effects: one Assignment row, audit ``conduct.incident.assigned``."""
    if not is_conduct_team(handler):
        raise ConductError(_("Only members of the conduct team can handle a case."))
    if Recusal.objects.filter(incident=incident, handler=handler).exists():
        raise ConductError(_("%(name)s has recused themselves from this case.") % {"name": handler})
    try:
        with transaction.atomic():
            assignment = Assignment.objects.create(incident=incident, handler=handler, assigned_by=by)
            log_action("conduct.incident.assigned", actor=by, target=incident, data={"handler": handler.pk})
    except IntegrityError:
        raise ConductError(_("%(name)s already handles this case.") % {"name": handler}) from None
    return assignment


def recuse(incident, handler, *, by):
    """``handler`` is involved or has a conflict of interest: they stop handling the
    case and can no longer open it.

    A Response Lead may recuse only while another Response Lead can lead the case.

    Side effects: one Recusal row, their assignment removed, audit ``conduct.incident.recused``."""
    if is_response_lead(handler) and not other_leads(incident, handler).exists():
        raise ConductError(
            _("No other Response Lead can take this case. Ask organiser staff to name a second Response Lead first.")
        )
    with transaction.atomic():
        recusal, created = Recusal.objects.get_or_create(incident=incident, handler=handler, defaults={"recorded_by": by})
        Assignment.objects.filter(incident=incident, handler=handler).delete()
        if created:
            log_action("conduct.incident.recused", actor=by, target=incident, data={"handler": handler.pk})
    return recusal


def other_leads(incident, lead):
    """Active Response Leads other than ``lead`` who have not recused from the case."""
    return (
        User.objects.active_with_role(OrganisationRole.RESPONSE_LEAD)
        .exclude(pk=lead.pk)
        .exclude(conduct_recusals__incident=incident)
    )


def add_note(incident, *, body, by):
    """An internal note, encrypted at rest. Side effects: one row, audit ``conduct.incident.noted``."""
    if not body.strip():
        raise ConductError(_("Write the note first."))
    with transaction.atomic():
        note = InternalNote.objects.create(incident=incident, author=by, body=body)
        log_action("conduct.incident.noted", actor=by, target=incident, data={"note": note.pk})
    return note


def mark_false_or_retaliatory(incident, *, by, marked=True):
    """Mark (or unmark) a report found false or retaliatory. Side effects: flag on the
    case, audit ``conduct.incident.marked_false``."""
    with transaction.atomic():
        incident.marked_false_or_retaliatory = marked
        incident.save(update_fields=["marked_false_or_retaliatory"])
        log_action("conduct.incident.marked_false", actor=by, target=incident, data={"marked": marked})
    return incident

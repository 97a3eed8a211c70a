from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ...enums import LadderStep
from ...models import Decision


def participant_flags(registrant_ids, now=None):
    """``{registrant_id: flag text}`` for participants (registrations' registrants, by id:
    see ``conduct.domain.participants``) a decision in force concerns, to show at check-in: a ban, a suspension, or limited activities. The text names the
    step and its end, never the case."""
    ids = list(registrant_ids)
    if not ids:
        return {}
    now = now or timezone.now()
    decisions = (
        Decision.objects.in_force(now)
        .filter(subject_participant_id__in=ids, incident__state="resolved")
        .exclude(step=LadderStep.WARNING)
        .order_by("subject_participant_id", "decided_at")
    )
    flags = {}
    for decision in decisions:
        flags[decision.subject_participant_id] = _flag_text(decision)
    return flags


def barred_registrant_ids(registrant_ids=None, *, now=None, bans_only=False):
    """Ids (a values query, usable as a subquery) of participants a decision in force
    bars from taking part: a permanent ban or, unless ``bans_only``, a suspension not
    yet ended. Check-in refuses to mark them attended; draws leave the banned out."""
    steps = [LadderStep.BAN] if bans_only else [LadderStep.BAN, LadderStep.SUSPENSION]
    decisions = Decision.objects.in_force(now or timezone.now()).filter(
        incident__state="resolved", step__in=steps, subject_participant_id__isnull=False
    )
    if registrant_ids is not None:
        decisions = decisions.filter(subject_participant_id__in=list(registrant_ids))
    return decisions.order_by().values_list("subject_participant_id", flat=True)


def _flag_text(decision):
    if decision.step == LadderStep.BAN:
        return _("Banned under the code of conduct: do not admit. Call the conduct contact.")
    until = timezone.localtime(decision.ends_at).strftime("%Y-%m-%d")
    if decision.step == LadderStep.SUSPENSION:
        return _("Suspended under the code of conduct until %(date)s: do not admit. Call the conduct contact.") % {
            "date": until
        }
    return _("Limited activities under the code of conduct until %(date)s (%(activity)s). Call the conduct contact.") % {
        "date": until,
        "activity": decision.get_limited_activity_display(),
    }


def is_activity_limited(user, activity, now=None):
    """Whether a decision in force stops ``user`` doing ``activity`` (a
    ``conduct.enums.LimitedActivity`` value). Suspensions and bans limit everything."""
    if user is None or not user.is_authenticated:
        return False
    limiting = Q(step__in=[LadderStep.SUSPENSION, LadderStep.BAN]) | Q(
        step=LadderStep.LIMITED_ACTIVITIES, limited_activity=activity
    )
    return Decision.objects.in_force(now).filter(limiting, subject_user=user, incident__state="resolved").exists()

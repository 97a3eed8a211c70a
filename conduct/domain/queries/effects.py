from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from ...enums import CaseState, LadderStep
from ...models import Decision, Incident


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


def activity_limit_sql(user_id, activity, now=None):
    """``(sql, params)`` of an SQL ``EXISTS`` that is true when a decision in force stops
    the account ``user_id`` doing ``activity`` (a ``conduct.enums.LimitedActivity``
    value): a resolved case's suspension or ban (which limit everything), or its limited
    activities naming ``activity``, started and not ended at ``now``. The one statement
    of this rule: ``is_activity_limited`` runs it alone, and result entry reads it within
    the query that reads the table (results/domain/queries/entry.py). Plain SQL: built by
    the ORM, it cost a millisecond of Python per request to compile."""
    decision, incident = Decision._meta.db_table, Incident._meta.db_table
    now = connection.ops.adapt_datetimefield_value(now or timezone.now())
    sql = (
        f"EXISTS (SELECT 1 FROM {decision} cd INNER JOIN {incident} ci ON ci.id = cd.incident_id"  # noqa: S608
        " WHERE cd.subject_user_id = %s AND ci.state = %s AND cd.starts_at <= %s"
        " AND (cd.ends_at IS NULL OR cd.ends_at > %s)"
        " AND (cd.step IN (%s, %s) OR (cd.step = %s AND cd.limited_activity = %s)))"
    )
    params = [
        user_id,
        CaseState.RESOLVED,
        now,
        now,
        LadderStep.SUSPENSION,
        LadderStep.BAN,
        LadderStep.LIMITED_ACTIVITIES,
        activity,
    ]
    return sql, params


LIMITS_READ = "_conduct_activity_limits"


def remember_activity_limit(user, activity, limited):
    """Record on ``user`` (the request's account object) whether ``activity`` is limited,
    as a query that read it with other things found (``activity_limit_sql``), so that the
    permission check of the same request asks no second time."""
    user.__dict__.setdefault(LIMITS_READ, {})[activity] = bool(limited)


def is_activity_limited(user, activity, now=None):
    """Whether a decision in force stops ``user`` doing ``activity`` (a
    ``conduct.enums.LimitedActivity`` value). Suspensions and bans limit everything.
    Answered from what this request already read (``remember_activity_limit``) when it
    read it, else with one query."""
    if user is None or not user.is_authenticated:
        return False
    known = user.__dict__.get(LIMITS_READ, {}).get(activity)
    if known is not None and now is None:
        return known
    sql, params = activity_limit_sql(user.pk, activity, now)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {sql}", params)  # noqa: S608 - fixed text, values as parameters
        return bool(cursor.fetchone()[0])

"""Sign-in suspensions. The conduct app decides them; this module only records them
and answers "may this account sign in now?" for the sign-in adapter and middleware."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from wetheinternet.core.audit import log_action

from ..models import SignInSuspension


def suspend_sign_in(user, *, reference, ends_at, starts_at=None, by):
    """Stop ``user`` from signing in until ``ends_at`` (``None``: permanently).
    Calling again with the same ``reference`` updates that suspension (a changed end
    date), so the caller can re-apply a decision safely.

    Side effects: one suspension row written or updated, the user's suspension fields
    recomputed, audit entry ``accounts.sign_in.suspended``."""
    with transaction.atomic():
        suspension, created = SignInSuspension.objects.update_or_create(
            reference=reference,
            defaults={
                "user": user,
                "ends_at": ends_at,
                "starts_at": starts_at or timezone.now(),
                "lifted_at": None,
            },
        )
        log_action(
            "accounts.sign_in.suspended",
            actor=by,
            target=user,
            data={"reference": reference, "permanent": ends_at is None, "created": created},
        )
        _refresh_user_fields(user)
    return suspension


def lift_suspension(*, reference, by):
    """End the suspension named ``reference`` now. Side effects: sets ``lifted_at``,
    audit entry ``accounts.sign_in.suspension_lifted``. Returns the count lifted."""
    with transaction.atomic():
        suspensions = list(SignInSuspension.objects.select_for_update().filter(reference=reference, lifted_at=None))
        for suspension in suspensions:
            suspension.lifted_at = timezone.now()
            suspension.save(update_fields=["lifted_at"])
            log_action("accounts.sign_in.suspension_lifted", actor=by, target=suspension.user, data={"reference": reference})
            _refresh_user_fields(suspension.user)
    return len(suspensions)


def _refresh_user_fields(user):
    rows = SignInSuspension.objects.filter(user=user, lifted_at=None)
    user.sign_in_suspended_permanently = rows.filter(ends_at__isnull=True).exists()
    user.sign_in_suspended_until = rows.aggregate(until=Max("ends_at"))["until"]
    user.save(update_fields=["sign_in_suspended_permanently", "sign_in_suspended_until"])

from django.contrib.contenttypes.models import ContentType

from .models import AuditEntry


def log_action(action, *, actor=None, target=None, data=None):
    """Write one audit entry. ``action`` is a dotted name such as
    ``registrations.consent.withdrawn``; ``data`` holds ids and codes, never personal data."""
    actor = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        action=action,
        actor=actor,
        target_type=ContentType.objects.get_for_model(target) if target is not None else None,
        target_id=str(target.pk) if target is not None else "",
        data=data or {},
    )


def entries_for(target):
    return AuditEntry.objects.filter(
        target_type=ContentType.objects.get_for_model(target), target_id=str(target.pk)
    ).select_related("actor")

from django.contrib.contenttypes.models import ContentType

from .models import AuditEntry


def log_action(action, *, actor=None, target=None, data=None):
    """Write one audit entry. ``action`` is a dotted name such as
    ``registrations.consent.withdrawn``; ``data`` holds ids and codes, never personal data."""
    entry = new_entry(action, actor=actor, target=target, data=data)
    entry.save(force_insert=True)
    return entry


def new_entry(action, *, actor=None, target=None, target_model=None, data=None):
    """The audit entry ``log_action`` writes, not saved yet: for a caller that writes it
    in one statement with the row it is about (``target_model``: the target's model when
    the target has no id yet; the caller fills ``target_id``)."""
    actor = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    model = target if target is not None else target_model
    return AuditEntry(
        action=action,
        actor=actor,
        target_type=ContentType.objects.get_for_model(model) if model is not None else None,
        target_id=str(target.pk) if target is not None else "",
        data=data or {},
    )


def entries_for(target):
    return AuditEntry.objects.filter(
        target_type=ContentType.objects.get_for_model(target), target_id=str(target.pk)
    ).select_related("actor")

"""Deleting a record that others still depend on: say what blocks it instead of failing.

Foreign keys that must keep their target (results of a table, the site of a conduct
case, accepted versions of a text) use ``on_delete=PROTECT`` or ``RESTRICT``; Django
then raises ProtectedError / RestrictedError. Domain functions that delete ask
``deletion_blockers`` first (pages show it before the visitor confirms) and turn the
error into their own domain exception with ``blocked_message``. The admin console lists
protected objects itself."""

from collections import Counter

from django.db import router
from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.utils.translation import gettext as _

BLOCKING_ERRORS = (ProtectedError, RestrictedError)


def _describe(objects):
    counts = Counter(type(obj)._meta for obj in objects)
    parts = [
        f"{count} {meta.verbose_name if count == 1 else meta.verbose_name_plural}"
        for meta, count in sorted(counts.items(), key=lambda item: str(item[0].verbose_name))
    ]
    return ", ".join(parts)


def blocked_message(error):
    """The translated sentence for a ProtectedError / RestrictedError."""
    objects = getattr(error, "protected_objects", None) or getattr(error, "restricted_objects", ())
    return _(
        "It cannot be deleted while other records depend on it: %(records)s. They are kept on purpose; "
        "ask the organisers if this must be resolved."
    ) % {"records": _describe(objects)}


def deletion_blockers(obj):
    """The message explaining why ``obj`` cannot be deleted, or None if it can. Reads only."""
    collector = Collector(using=router.db_for_write(type(obj)), origin=obj)
    try:
        collector.collect([obj])
    except BLOCKING_ERRORS as error:
        return blocked_message(error)
    return None

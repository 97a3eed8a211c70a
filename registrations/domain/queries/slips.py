"""What a registration slip shows besides the person: where and when their day starts."""

from dialogues.models import ScheduledItem


def first_scheduled_start(site):
    """The start (UTC) of the first item of ``site``'s day, or None before the agenda is set."""
    if site is None:
        return None
    return ScheduledItem.objects.filter(site=site).order_by("starts_at").values_list("starts_at", flat=True).first()

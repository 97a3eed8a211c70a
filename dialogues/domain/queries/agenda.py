"""Read queries about sites' agendas."""

from ...enums import AgendaItemKind
from ...models import ScheduledItem


def topic_session_start(site, topic):
    """The UTC start of ``topic``'s session at ``site``, or None if the site has not
    scheduled it. (Result entry refuses results for sessions that have not started.)"""
    return (
        ScheduledItem.objects.filter(site=site, topic=topic, kind=AgendaItemKind.TOPIC_SESSION)
        .order_by("starts_at")
        .values_list("starts_at", flat=True)
        .first()
    )

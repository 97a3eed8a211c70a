"""When results may be entered for a table's session."""

import datetime as dt

from django.utils import formats
from django.utils.translation import gettext as _

from dialogues.domain.queries.agenda import topic_session_start
from dialogues.enums import DialogueStatus

from .errors import ResultRefused


def session_start(site, topic):
    """The UTC start of ``topic``'s session at ``site`` (from the site's agenda), or None."""
    return topic_session_start(site, topic)


UNKNOWN = object()


def entry_opens_at(table, topic, start=UNKNOWN):
    """When result entry opens for this table and session: the session start minus the
    dialogue's grace minutes; None when the site has not scheduled the session. ``start``
    is the session start when the caller has read it already."""
    if start is UNKNOWN:
        start = session_start(table.site, topic)
    if start is None:
        return None
    return start - dt.timedelta(minutes=topic.dialogue.result_grace_minutes)


def check_entry_open(table, topic, now, *, start=UNKNOWN):
    """Raise ResultRefused unless results may be entered for ``table`` and ``topic`` at
    ``now`` (``start``: the session start, if read already)."""
    if topic.dialogue.status == DialogueStatus.CLOSED:
        raise ResultRefused(_("Results for this dialogue are closed: no result can be sent or corrected."))
    opens_at = entry_opens_at(table, topic, start)
    if opens_at is None:
        raise ResultRefused(_("This session is not on your site's agenda, so no result can be sent for it."))
    if now < opens_at:
        local = formats.date_format(opens_at.astimezone(table.site.tzinfo), "DATETIME_FORMAT")
        raise ResultRefused(
            _("This session has not started yet: results can be sent from %(time)s (site time).") % {"time": local}
        )

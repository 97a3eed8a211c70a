"""Calendar events of a consultation's working sessions (public: times and titles)."""

import datetime as dt

from django.utils.translation import gettext as _

from wetheinternet.core.calendars import CalendarEvent

from ...models import WorkingSession


def working_session_events(version, *, consultation_url=""):
    """Every working session of ``version``'s consultation, in UTC (they have no place)."""
    sessions = WorkingSession.objects.filter(version=version).order_by("starts_at", "id")
    return [
        CalendarEvent(
            uid=f"working-session-{session.pk}",
            summary=_("Working session: %(title)s") % {"title": session.title},
            starts_at=session.starts_at,
            ends_at=session.starts_at + dt.timedelta(minutes=session.duration_minutes),
            description=_("Online working session on the draft code of conduct."),
            url=consultation_url,
        )
        for session in sessions
    ]

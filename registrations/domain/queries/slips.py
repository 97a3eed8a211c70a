"""What a registration slip and the person's page show besides the person: where and
when their days start."""

from dialogues.models import ScheduledItem, SiteDay

from ...enums import RegistrantStatus


def first_scheduled_start(site):
    """The start (UTC) of the first item of ``site``'s day, or None before the agenda is set."""
    if site is None:
        return None
    return ScheduledItem.objects.filter(site=site).order_by("starts_at").values_list("starts_at", flat=True).first()


def participant_days(registrant):
    """The days of the site a person is selected for (date, format, start time and, for
    online days, the meeting link: selected participants are the site's own people), or
    nothing for someone not selected."""
    if registrant.status != RegistrantStatus.SELECTED or registrant.site_id is None:
        return []
    return list(SiteDay.objects.filter(site_id=registrant.site_id).order_by("date"))

import datetime as dt
import zoneinfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from tests.factories.accounts import UserFactory
from tests.factories.conduct import WorkingSessionFactory
from tests.factories.dialogues import (
    DialogueFactory,
    PartnerFactory,
    PartnerMembershipFactory,
    SiteFactory,
    TableFactory,
)
from tests.factories.onboarding import ScheduledItemFactory
from tests.helpers import signed_in
from wetheinternet.core.models import AuditEntry, CalendarToken

pytestmark = pytest.mark.django_db
SEVEN_UTC = dt.datetime(2026, 10, 24, 7, 0, tzinfo=dt.UTC)


def _events(response):
    calendar = Calendar.from_ical(response.content)
    return calendar, [component for component in calendar.walk("VEVENT")]


@pytest.fixture
def world():
    dialogue = DialogueFactory()
    france = PartnerFactory(dialogue=dialogue, countries=["FR"])
    kenya = PartnerFactory(dialogue=dialogue, countries=["KE"])
    lyon = SiteFactory(partner=france, name="Lyon hall", street_address="12 rue de la Paix", directions="Blue door.",
                       meeting_link="https://meet.example.org/lyon")
    nairobi = SiteFactory(partner=kenya, country="KE", city="Nairobi", time_zone="Africa/Nairobi", name="Nairobi hall")
    ScheduledItemFactory(site=lyon, title="Internet and me", starts_at=SEVEN_UTC)
    ScheduledItemFactory(site=nairobi, title="Digital identity", starts_at=SEVEN_UTC)
    return dialogue, france, kenya, lyon, nairobi


def test_site_agenda_is_in_the_sites_time_zone_with_its_address(client, world):
    _dialogue, france, _kenya, lyon, _nairobi = world
    signed_in(client, PartnerMembershipFactory(partner=france).user)

    response = client.get(reverse("dialogues:site_calendar", args=[lyon.pk]))

    calendar, events = _events(response)
    assert response["Content-Type"].startswith("text/calendar")
    assert [str(event["summary"]) for event in events] == ["Internet and me · Lyon hall"]
    start = events[0].decoded("dtstart")
    assert (start, str(start.tzinfo)) == (SEVEN_UTC.astimezone(zoneinfo.ZoneInfo("Europe/Paris")), "Europe/Paris")
    assert events[0]["dtstart"].params["TZID"] == "Europe/Paris"
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert "12 rue de la Paix" in str(events[0]["location"]) and "Blue door." in str(events[0]["description"])


def test_site_agenda_of_another_partner_is_refused(client, world):
    _dialogue, france, _kenya, _lyon, nairobi = world
    signed_in(client, PartnerMembershipFactory(partner=france).user)

    assert client.get(reverse("dialogues:site_calendar", args=[nairobi.pk])).status_code == 403


def test_dialogue_day_is_public_and_spans_the_dialogues_window(client, world):
    dialogue, _france, kenya, _lyon, _nairobi = world
    dialogue.end_date = dt.date(2026, 10, 26)
    dialogue.save()
    SiteFactory(partner=kenya, country="KE", local_date=dt.date(2026, 10, 26))

    _calendar, events = _events(client.get(reverse("dialogues:dialogue_calendar", args=[dialogue.slug])))

    assert (events[0].decoded("dtstart"), events[0].decoded("dtend")) == (dt.date(2026, 10, 24), dt.date(2026, 10, 27))


def test_draft_dialogue_has_no_public_calendar(client):
    draft = DialogueFactory(status="draft")

    assert client.get(reverse("dialogues:dialogue_calendar", args=[draft.slug])).status_code == 404


def test_volunteer_feed_lists_their_own_tables_sessions_only(client, world):
    _dialogue, _france, _kenya, _lyon, nairobi = world
    volunteer = UserFactory()
    TableFactory(site=nairobi, number=3, note_taker=volunteer)
    signed_in(client, volunteer)
    page = client.post(reverse("dialogues:my_calendar"), {"action": "issue"})
    feed_url = page.context["feed_url"]
    client.logout()

    response = client.get(feed_url)

    _calendar, events = _events(response)
    assert [str(event["summary"]) for event in events] == ["Digital identity · Nairobi hall"]
    assert "Table 3, note taker" in str(events[0]["description"])
    assert events[0]["dtstart"].params["TZID"] == "Africa/Nairobi"
    assert AuditEntry.objects.filter(action="core.calendar_feed.issued", actor=volunteer).count() == 1


def test_feed_address_is_unguessable_and_stops_when_revoked_or_replaced(client, world):
    _dialogue, france, _kenya, _lyon, _nairobi = world
    member = PartnerMembershipFactory(partner=france).user
    signed_in(client, member)
    first = client.post(reverse("dialogues:my_calendar"), {"action": "issue"}).context["feed_url"]
    second = client.post(reverse("dialogues:my_calendar"), {"action": "issue"}).context["feed_url"]

    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 200
    assert second.rsplit("/", 1)[1] not in CalendarToken.objects.get(user=member).digest

    client.post(reverse("dialogues:my_calendar"), {"action": "revoke"})

    assert client.get(second).status_code == 404
    assert client.get(reverse("dialogues:calendar_feed", kwargs={"token": "x" * 300})).status_code == 404


def test_feed_of_a_deactivated_person_is_not_found(client, world):
    _dialogue, france, _kenya, _lyon, _nairobi = world
    member = PartnerMembershipFactory(partner=france).user
    signed_in(client, member)
    url = client.post(reverse("dialogues:my_calendar"), {"action": "issue"}).context["feed_url"]
    member.is_active = False
    member.save()

    assert client.get(url).status_code == 404


def test_my_calendar_needs_sign_in(client):
    assert client.get(reverse("dialogues:my_calendar")).status_code == 302


def test_working_sessions_calendar_is_public_in_utc_while_the_consultation_is_open(client):
    session = WorkingSessionFactory(duration_minutes=60)

    _calendar, events = _events(client.get(reverse("conduct:working_sessions_calendar", args=[session.version.pk])))

    assert [str(event["summary"]) for event in events] == ["Working session: Working session on the draft"]
    assert events[0].decoded("dtstart") == dt.datetime(2026, 12, 3, 14, 0, tzinfo=dt.UTC)
    assert events[0].decoded("dtend") == dt.datetime(2026, 12, 3, 15, 0, tzinfo=dt.UTC)


def test_working_sessions_calendar_of_a_draft_is_not_found(client):
    session = WorkingSessionFactory(version__state="draft")

    assert client.get(reverse("conduct:working_sessions_calendar", args=[session.version.pk])).status_code == 404

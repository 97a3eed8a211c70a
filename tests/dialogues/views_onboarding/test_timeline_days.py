"""The follow-the-sun timeline over a window of several days: a site in Auckland (UTC+13
in October) meeting on two days, shown at the right UTC and local times, and filtered by
day (each site's own local date)."""

import datetime as dt

import pytest
from django.urls import reverse

from dialogues.domain.agenda import apply_agenda_template
from dialogues.domain.days import add_site_day
from tests.factories.dialogues import SiteFactory
from tests.factories.onboarding import AgendaTemplateItemFactory
from tests.helpers import signed_in

from .conftest import page_text

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.org/auckland-day-two"


@pytest.fixture
def world(partner):
    dialogue = partner.dialogue
    dialogue.deliberation_date, dialogue.end_date = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    dialogue.save()
    partner.countries = ["NZ", "AR"]
    partner.save()
    AgendaTemplateItemFactory(dialogue=dialogue, position=1, kind="opening", title="Opening", duration_minutes=30)
    AgendaTemplateItemFactory(dialogue=dialogue, position=2, kind="plenary", title="Plenary", duration_minutes=60,
                              day_number=2)
    auckland = SiteFactory(partner=partner, name="Auckland Hall", country="NZ", time_zone="Pacific/Auckland",
                           local_date=dt.date(2026, 10, 10))
    add_site_day(auckland, by=None, date=dt.date(2026, 10, 11), mode="online", start_time=dt.time(9, 0), meeting_link=LINK)
    buenos_aires = SiteFactory(partner=partner, name="San Telmo", country="AR", time_zone="America/Argentina/Buenos_Aires",
                               local_date=dt.date(2026, 10, 10))
    for site in (auckland, buenos_aires):
        apply_agenda_template(site, by=None)
    return dialogue


def _table(client, dialogue, **params):
    text = page_text(client.get(reverse("dialogues:timeline", args=[dialogue.slug]), params))
    return text.split("Sessions in UTC order")[1]


def test_two_day_site_far_from_utc_shows_each_session_at_its_utc_and_local_time(client, staff_user, world):
    signed_in(client, staff_user)

    table = _table(client, world)

    assert table.split(" Starts (UTC) Ends (UTC) Site Country Item Local time ")[1].split(" A platform")[0] == (
        "9 Oct 20:00 9 Oct 20:30 Auckland Hall New Zealand Opening 10 Oct 09:00 (Pacific/Auckland) "
        "10 Oct 12:00 10 Oct 12:30 San Telmo Argentina Opening 10 Oct 09:00 (America/Argentina/Buenos_Aires) "
        "10 Oct 12:30 10 Oct 13:30 San Telmo Argentina Plenary 10 Oct 09:30 (America/Argentina/Buenos_Aires) "
        "10 Oct 20:00 10 Oct 21:00 Auckland Hall New Zealand Plenary 11 Oct 09:00 (Pacific/Auckland)"
    )


def test_timeline_of_one_day_shows_each_sites_sessions_of_that_local_date(client, staff_user, world):
    signed_in(client, staff_user)

    tenth, eleventh = _table(client, world, day="2026-10-10"), _table(client, world, day="2026-10-11")

    assert "Auckland Hall New Zealand Opening 10 Oct 09:00" in tenth and "San Telmo" in tenth
    assert "Auckland Hall New Zealand Plenary" not in tenth
    assert "10 Oct 20:00 10 Oct 21:00 Auckland Hall New Zealand Plenary 11 Oct 09:00 (Pacific/Auckland)" in eleventh
    assert "San Telmo" not in eleventh and "Opening" not in eleventh


def test_timeline_ignores_a_malformed_day_and_never_shows_the_meeting_link(client, staff_user, world):
    signed_in(client, staff_user)

    response = client.get(reverse("dialogues:timeline", args=[world.slug]), {"day": "2026-13-45"})

    assert response.status_code == 200
    assert "Auckland Hall New Zealand Plenary" in page_text(response)
    assert "meet.example.org" not in response.content.decode()


def test_timeline_day_choices_are_the_days_of_the_window(client, staff_user, world):
    signed_in(client, staff_user)

    content = client.get(reverse("dialogues:timeline", args=[world.slug])).content.decode()

    assert content.count('<option value="2026-10-') == 31

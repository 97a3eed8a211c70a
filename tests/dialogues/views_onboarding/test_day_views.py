"""A site's days on the partner's pages: adding, changing and removing them, refusals
for other partners' ids and bad input, and the meeting link kept to the site's people."""

import datetime as dt

import pytest
from django.urls import reverse

from dialogues.domain.agenda import apply_agenda_template
from dialogues.models import SiteDay
from tests.factories.dialogues import PartnerMembershipFactory, SiteDayFactory, SiteFactory, TableFactory
from tests.factories.onboarding import AgendaTemplateItemFactory

from .conftest import page_text

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.org/lyon-day-two"


@pytest.fixture
def october(partner):
    dialogue = partner.dialogue
    dialogue.deliberation_date, dialogue.end_date = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    dialogue.save()
    return dialogue


@pytest.fixture
def site(partner, october):
    return SiteFactory(partner=partner, local_date=dt.date(2026, 10, 10))


def _day(date="2026-10-11", mode="online", start="14:00", link=LINK):
    return {"date": date, "mode": mode, "start_time": start, "meeting_link": link}


def test_coordinator_adds_an_online_day_and_sees_it_on_the_site_page(coordinator_client, site):
    response = coordinator_client.post(reverse("dialogues:day_add", args=[site.pk]), _day(), follow=True)

    text = page_text(response)
    assert "Day added." in text
    assert "11 October 2026 Online 14:00 " + LINK in text
    assert list(site.days.values_list("date", "mode", "start_time")) == [
        (dt.date(2026, 10, 10), "in_person", dt.time(9, 0)), (dt.date(2026, 10, 11), "online", dt.time(14, 0))]


def test_a_day_outside_the_window_is_refused_with_a_message(coordinator_client, site):
    response = coordinator_client.post(reverse("dialogues:day_add", args=[site.pk]), _day(date="2026-11-03"))

    assert response.status_code == 200
    assert ("3 November 2026 is outside the dialogue's window: choose a day from 1 October 2026 to 31 October 2026."
            in page_text(response))
    assert site.days.count() == 1


@pytest.mark.parametrize("field, value", [("start_time", "25:99"), ("date", "2026-02-30"), ("mode", "hologram"),
                                          ("meeting_link", "not a link at all")])
def test_bad_day_input_is_refused_without_a_server_error(coordinator_client, site, field, value):
    response = coordinator_client.post(reverse("dialogues:day_add", args=[site.pk]), _day() | {field: value})

    assert response.status_code == 200
    assert "error" in response.content.decode()
    assert site.days.count() == 1


def test_changing_a_day_moves_its_sessions(coordinator_client, site, partner):
    AgendaTemplateItemFactory(dialogue=partner.dialogue, position=1, title="Opening", duration_minutes=30)
    apply_agenda_template(site, by=None)
    day = site.days.get()

    response = coordinator_client.post(reverse("dialogues:day_edit", args=[day.pk]),
                                       _day(date="2026-10-12", mode="in_person", start="10:00", link=""), follow=True)

    assert "Day saved; its sessions moved with it." in page_text(response)
    assert site.agenda.get().starts_at == dt.datetime(2026, 10, 12, 8, 0, tzinfo=dt.UTC)  # 10:00 in Paris (CEST)


def test_removing_the_only_day_is_refused_with_a_message(coordinator_client, site):
    day = site.days.get()

    response = coordinator_client.post(reverse("dialogues:day_remove", args=[day.pk]), follow=True)

    assert "A site meets on at least one day: change this day instead of removing it." in page_text(response)
    assert SiteDay.objects.filter(pk=day.pk).exists()


def test_days_of_another_partners_site_are_refused(coordinator_client, other_partner, october):
    foreign = SiteFactory(partner=other_partner, country="KE", time_zone="Africa/Nairobi", local_date=dt.date(2026, 10, 10))
    day = SiteDayFactory(site=foreign, date=dt.date(2026, 10, 11), mode="online", meeting_link=LINK)

    assert coordinator_client.get(reverse("dialogues:day_add", args=[foreign.pk])).status_code == 403
    assert coordinator_client.post(reverse("dialogues:day_add", args=[foreign.pk]), _day(date="2026-10-12")).status_code == 403
    assert coordinator_client.get(reverse("dialogues:day_edit", args=[day.pk])).status_code == 403
    assert coordinator_client.post(reverse("dialogues:day_edit", args=[day.pk]), _day(date="2026-10-13")).status_code == 403
    assert coordinator_client.post(reverse("dialogues:day_remove", args=[day.pk])).status_code == 403
    assert list(foreign.days.values_list("date", flat=True)) == [dt.date(2026, 10, 10), dt.date(2026, 10, 11)]


def test_unknown_day_is_refused(coordinator_client):
    assert coordinator_client.get(reverse("dialogues:day_edit", args=[999999])).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, site):
    response = client.get(reverse("dialogues:day_add", args=[site.pk]))

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_meeting_link_shown_to_the_sites_people_and_hidden_from_others(client, coordinator_client, site, partner, other_partner):
    SiteDayFactory(site=site, date=dt.date(2026, 10, 11), mode="online", meeting_link=LINK)
    note_taker = TableFactory(site=site, note_taker=PartnerMembershipFactory(partner=other_partner).user).note_taker
    url = reverse("dialogues:site_detail", args=[site.pk])

    assert LINK in coordinator_client.get(url).content.decode()
    client.force_login(note_taker)
    assert LINK in client.get(url).content.decode()
    client.force_login(other_partner.memberships.exclude(user=note_taker).get().user)
    assert client.get(url).status_code == 403
    assert "meet.example.org" not in client.get(reverse("dialogues:partner_home")).content.decode()
    client.logout()
    assert "meet.example.org" not in client.get(reverse("landing")).content.decode()

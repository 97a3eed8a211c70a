"""The partner sees how many people a change of time or place will tell before
confirming it; nothing is saved or sent until they confirm; other partners are refused."""

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse

from dialogues.enums import PartnerRole
from registrations.domain.notifications import send_selection_notice
from tests.dialogues.views_onboarding.conftest import page_text
from tests.factories.dialogues import SiteFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import deliver_messages, signed_in
from wetheinternet.core.models import Message

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(two_partners):
    site = SiteFactory(partner=two_partners[0], name="Maison des associations", street_address="3 rue Neuve")
    for language in ("fr", "es"):
        send_selection_notice(RegistrantFactory(site=site, status="selected", preferred_language=language))
    deliver_messages()
    mail.outbox.clear()
    return site


def _client(client, partner):
    return signed_in(client, partner.memberships.get(role=PartnerRole.COORDINATOR).user)


def _site_form(site, **changes):
    return {
        "name": site.name,
        "mode": site.mode,
        "country": "FR",
        "city": site.city,
        "time_zone": site.time_zone,
        "street_address": site.street_address,
        "directions": "",
        "local_date": site.day.isoformat(),
        "local_start_time": "09:00",
        "languages": "fr",
        "capacity": "100",
        "accessibility_notes": "",
        "meeting_link": "",
        "conduct_contact_email": "",
        **changes,
    }


def _day_form(site, **changes):
    return {"date": site.day.isoformat(), "mode": "in_person", "start_time": "09:00", "meeting_link": "", **changes}


def _changed():
    return Message.objects.filter(purpose="registrations.changed")


def test_the_site_form_says_how_many_were_told(client, site, two_partners):
    response = _client(client, two_partners[0]).get(reverse("dialogues:site_edit", args=[site.pk]))

    assert (
        "2 people were told this site's time and place. If you change the date, start time, format, meeting "
        "link, address or directions, they get a message with the new details."
    ) in page_text(response)


def test_a_new_address_asks_first_then_tells_both_people_once_confirmed(client, site, two_partners):
    coordinator = _client(client, two_partners[0])
    url = reverse("dialogues:site_edit", args=[site.pk])
    form = _site_form(site, street_address="12 quai Saint-Antoine")

    asked = coordinator.post(url, form)

    assert asked.status_code == 200
    assert (
        "This changes the time or place that 2 people were told of. Saving sends them a message with the new "
        "details (by e-mail or SMS, in their language)."
    ) in page_text(asked)
    site.refresh_from_db()
    assert (site.street_address, site.arrangement_sequence, _changed().count()) == ("3 rue Neuve", 0, 0)

    saved = coordinator.post(url, form | {"tell_confirmed": "1"})

    assert saved.status_code == 302
    site.refresh_from_db()
    assert (site.street_address, site.arrangement_sequence, _changed().count()) == ("12 quai Saint-Antoine", 1, 2)
    assert deliver_messages() == 2
    assert sorted(email.subject for email in mail.outbox) == [
        f"Nouvel horaire ou nouveau lieu pour {site.dialogue.name}",
        f"Nueva hora o lugar para {site.dialogue.name}",
    ]


def test_a_change_nobody_was_told_of_saves_at_once(client, site, two_partners):
    response = _client(client, two_partners[0]).post(
        reverse("dialogues:site_edit", args=[site.pk]), _site_form(site, capacity="180")
    )

    assert response.status_code == 302
    site.refresh_from_db()
    assert (site.capacity, _changed().count()) == (180, 0)


def test_a_new_start_time_on_the_day_form_asks_first(client, site, two_partners):
    coordinator = _client(client, two_partners[0])
    url = reverse("dialogues:day_edit", args=[site.days.get().pk])

    asked = coordinator.post(url, _day_form(site, start_time="14:00"))
    assert "that 2 people were told of" in page_text(asked)
    assert site.days.get().start_time == dt.time(9, 0)

    coordinator.post(url, _day_form(site, start_time="14:00", tell_confirmed="1"))
    assert (site.days.get().start_time, _changed().count()) == (dt.time(14, 0), 2)


def test_bad_input_on_a_confirmed_change_is_refused_without_saving_or_sending(client, site, two_partners):
    response = _client(client, two_partners[0]).post(
        reverse("dialogues:day_edit", args=[site.days.get().pk]),
        _day_form(site, start_time="25:99", tell_confirmed="1"),
    )

    assert response.status_code == 200
    assert (site.days.get().start_time, _changed().count()) == (dt.time(9, 0), 0)


def test_another_partners_coordinator_can_neither_see_the_count_nor_change_the_day(client, site, two_partners):
    other = _client(client, two_partners[1])

    seen = other.get(reverse("dialogues:site_edit", args=[site.pk]))
    changed = other.post(
        reverse("dialogues:day_edit", args=[site.days.get().pk]),
        _day_form(site, start_time="14:00", tell_confirmed="1"),
    )

    assert (seen.status_code, changed.status_code) in {(403, 403), (404, 404), (403, 404), (404, 403)}
    assert (site.days.get().start_time, _changed().count()) == (dt.time(9, 0), 0)

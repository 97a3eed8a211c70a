import datetime as dt

import pytest

from dialogues.domain.errors import SiteError
from dialogues.domain.queries.onboarding import checklist_of
from dialogues.domain.sites import create_site, delete_site, update_site
from dialogues.enums import OnboardingState
from dialogues.models import Site
from wetheinternet.accounts.models import User

from .conftest import utc

pytestmark = pytest.mark.django_db


def _values(**overrides):
    values = {
        "name": "Maison des Associations", "mode": "in_person", "country": "FR", "city": "Lyon",
        "time_zone": "Europe/Paris", "languages": ["fr"], "capacity": 60, "accessibility_notes": "",
        "meeting_link": "", "local_date": dt.date(2026, 10, 24), "local_start_time": dt.time(9, 0),
        "is_media_site": False,
    }
    return values | overrides


def test_create_site_schedules_agenda_and_invites_conduct_contact(partner, coordinator, agenda_template):
    site = create_site(partner, by=coordinator, conduct_contact_email="Contact@Example.org", **_values())

    assert (site.partner, site.conduct_contact.email) == (partner, "contact@example.org")
    assert [(i.title, i.starts_at) for i in site.agenda.order_by("position")][:2] == [
        ("Opening", utc(2026, 10, 24, 7, 0)), ("Digital identity", utc(2026, 10, 24, 7, 30))]


def test_create_site_refuses_a_country_the_partner_does_not_cover(partner, coordinator):
    with pytest.raises(SiteError) as error:
        create_site(partner, by=coordinator, **_values(country="KE"))

    assert error.value.field == "country"
    assert error.value.message == f"{partner.name} does not cover this country. Choose one of: France."
    assert not Site.objects.exists()


def test_create_site_refuses_an_unknown_time_zone(partner, coordinator):
    with pytest.raises(SiteError) as error:
        create_site(partner, by=coordinator, **_values(time_zone="Europe/Lyon"))

    assert (error.value.field, error.value.message) == (
        "time_zone", "“Europe/Lyon” is not a known time zone. Use a name such as Europe/Paris or Pacific/Fiji.")


def test_create_online_site_requires_meeting_link(partner, coordinator):
    with pytest.raises(SiteError) as error:
        create_site(partner, by=coordinator, **_values(mode="online"))

    assert error.value.field == "meeting_link"


def test_update_site_with_new_start_time_reschedules_agenda(partner, coordinator, agenda_template):
    site = create_site(partner, by=coordinator, **_values())

    update_site(site, by=coordinator, **_values(local_start_time=dt.time(10, 0)))

    assert site.agenda.order_by("position").first().starts_at == utc(2026, 10, 24, 8, 0)


def test_naming_the_last_conduct_contact_can_make_partner_ready(partner, coordinator):
    site = create_site(partner, by=coordinator, **_values())
    checklist = checklist_of(partner)
    checklist.agreement_signed_at = checklist.conduct_accepted_at = checklist.materials_received_at = utc(2026, 1, 1)
    checklist.save()
    partner.training_attempts.create(user=coordinator, score=5, question_count=5, passed=True)
    partner.state = OnboardingState.TRAINED
    partner.save()

    update_site(site, by=coordinator, conduct_contact_email="contact@example.org", **_values())

    partner.refresh_from_db()
    assert partner.state == OnboardingState.READY
    assert User.objects.filter(email="contact@example.org").count() == 1


def test_delete_site_removes_it(partner, coordinator):
    site = create_site(partner, by=coordinator, **_values())

    delete_site(site, by=coordinator)

    assert not Site.objects.exists()

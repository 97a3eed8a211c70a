"""A change of time or place: the people told of the site's day are told again, in
their language, by e-mail (with the calendar entry replacing theirs) or SMS; once per
change; never those who were not told, withdrew or gave no consent."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import translation
from icalendar import Calendar

from dialogues.domain.days import change_site_day
from dialogues.domain.site_changes import people_to_tell
from dialogues.domain.sites import update_site
from registrations.domain.consent import withdraw_consent
from registrations.domain.notifications import send_reserve_notice, send_selection_notice
from registrations.enums import ConsentPurpose
from tests.factories.accounts import UserFactory
from tests.factories.dialogues import SiteFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import deliver_messages
from wetheinternet.core.messaging import sms
from wetheinternet.core.models import AuditEntry, Message

pytestmark = pytest.mark.django_db

NINE_UTC = dt.datetime(2026, 10, 24, 7, 0, tzinfo=dt.UTC)  # 9:00 in Lyon (summer time)
TWO_PM_UTC = dt.datetime(2026, 10, 24, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _empty_outboxes():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


@pytest.fixture
def site():
    return SiteFactory(name="Maison des associations", street_address="3 rue Neuve")


def _told(site, language="fr", *, by_sms=False, status="selected", consents=None):
    """A person of ``site`` who was sent (and received) their selection or reserve notice."""
    person = RegistrantFactory(
        site=site,
        preferred_language=language,
        status=status,
        consents=consents,
        email="" if by_sms else f"{language}@example.net",
        phone="06 12 34 56 78" if by_sms else "",
    )
    (send_reserve_notice if status == "reserve" else send_selection_notice)(person)
    deliver_messages()
    return person


def _start_at_two(site, by=None):
    day = site.days.get()
    change_site_day(day, by=by, date=day.date, mode=day.mode, start_time=dt.time(14, 0))


def _changed():
    return Message.objects.filter(purpose="registrations.changed")


def _say(language, text, **values):
    with translation.override(language):
        return translation.gettext(text) % values


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_new_start_time_is_emailed_in_the_persons_language_with_a_calendar_entry_replacing_theirs(site, language):
    person = _told(site, language)
    [selection] = mail.outbox
    mail.outbox.clear()

    _start_at_two(site)
    deliver_messages()

    [email] = mail.outbox
    assert email.to == [person.email]
    assert email.subject == _say(language, "New time or place for %(dialogue)s", dialogue=person.dialogue.name)
    assert (
        _say(language, "The updated calendar entry is attached: it replaces the one you received before.") in email.body
    )
    assert "14:00" in email.body and "09:00" not in email.body
    old = Calendar.from_ical(selection.attachments[0][1]).walk("VEVENT")[0]
    new = Calendar.from_ical(email.attachments[0][1]).walk("VEVENT")[0]
    assert str(new["uid"]) == str(old["uid"])
    assert (int(old["sequence"]), int(new["sequence"])) == (0, 1)
    assert (old.decoded("dtstart"), new.decoded("dtstart")) == (NINE_UTC, TWO_PM_UTC)
    assert _changed().get().language == language


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_new_start_time_goes_by_sms_to_people_with_only_a_phone(site, language):
    person = _told(site, language, by_sms=True)
    sms.outbox.clear()

    _start_at_two(site)
    deliver_messages()

    [text] = sms.outbox
    assert text.to == "+33612345678"
    assert text.body.startswith(
        _say(
            language,
            "%(dialogue)s: new time or place. %(date)s %(time)s, %(location)s.",
            dialogue=person.dialogue.name,
            date="§",
            time="§",
            location="§",
        ).split("§")[0]
    )
    assert "14:00" in text.body and len(text.body) < 320
    assert mail.outbox == []


def test_a_new_address_and_directions_are_told_with_the_new_details(site):
    _told(site, "fr")
    mail.outbox.clear()
    values = {
        "name": site.name,
        "mode": site.mode,
        "country": "FR",
        "city": "Lyon",
        "time_zone": "Europe/Paris",
        "street_address": "12 quai Saint-Antoine",
        "directions": "Tram T1, arrêt Cordeliers; 2e étage.",
        "languages": ["fr"],
        "capacity": 100,
        "local_date": site.day,
        "local_start_time": dt.time(9, 0),
    }

    update_site(site, by=None, **values)
    deliver_messages()

    [email] = mail.outbox
    assert "Où : Maison des associations, 12 quai Saint-Antoine, Lyon, France" in email.body
    assert "Tram T1, arrêt Cordeliers; 2e étage." in email.body
    assert "quai Saint-Antoine" in str(Calendar.from_ical(email.attachments[0][1]).walk("VEVENT")[0]["location"])


def test_an_edit_sent_again_without_a_real_change_tells_nobody_twice(site):
    _told(site, "fr")
    mail.outbox.clear()

    _start_at_two(site)
    _start_at_two(site)
    deliver_messages()

    assert len(mail.outbox) == 1
    site.refresh_from_db()
    assert site.arrangement_sequence == 1
    assert AuditEntry.objects.filter(action="dialogues.site.arrangement_changed").count() == 1


def test_each_real_change_is_told_with_the_next_sequence(site):
    _told(site, "fr")
    mail.outbox.clear()
    day = site.days.get()

    _start_at_two(site)
    change_site_day(site.days.get(), by=None, date=day.date, mode=day.mode, start_time=dt.time(10, 0))
    deliver_messages()

    sequences = sorted(
        int(Calendar.from_ical(email.attachments[0][1]).walk("VEVENT")[0]["sequence"]) for email in mail.outbox
    )
    assert sequences == [1, 2]


def test_a_change_the_participant_cannot_see_tells_nobody(site):
    _told(site, "fr")
    mail.outbox.clear()
    values = {
        "name": site.name,
        "mode": site.mode,
        "country": "FR",
        "city": "Lyon",
        "time_zone": "Europe/Paris",
        "street_address": site.street_address,
        "languages": ["fr"],
        "capacity": 250,
        "local_date": site.day,
        "local_start_time": dt.time(9, 0),
    }

    update_site(site, by=None, **values)
    deliver_messages()

    assert mail.outbox == [] and not _changed().exists()


def test_the_reserve_is_told_without_a_calendar_entry(site):
    _told(site, "es", status="reserve")
    mail.outbox.clear()

    _start_at_two(site)
    deliver_messages()

    [email] = mail.outbox
    assert (
        _say(
            "es",
            "The time or place of the day for which you are on the reserve list has changed. Here are the new details.",
        )
        in email.body
    )
    assert email.attachments == []


def test_only_people_told_before_who_may_be_written_to_are_told(site):
    told = _told(site, "fr")
    RegistrantFactory(site=site, status="selected", email="never-told@example.net")  # selection not sent yet
    withdrawn = _told(site, "fr")
    withdraw_consent(withdrawn, ConsentPurpose.PARTICIPATION, by=None)
    _told(SiteFactory(partner=site.partner), "fr")  # another site
    mail.outbox.clear()
    assert people_to_tell(site) == 1

    _start_at_two(site)
    deliver_messages()

    assert [email.to for email in mail.outbox] == [[told.email]]


def test_the_change_is_audited_with_who_made_it_and_how_many_were_told(site):
    _told(site, "fr")
    _told(site, "es", by_sms=True)
    coordinator = UserFactory()

    _start_at_two(site, by=coordinator)

    entry = AuditEntry.objects.get(action="dialogues.site.arrangement_changed")
    assert (entry.actor, entry.data) == (coordinator, {"sequence": 1, "told": 2})

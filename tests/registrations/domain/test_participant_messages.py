"""Messages to participants: each kind in two languages, by e-mail and by SMS; the
selection's calendar entry; reminders once; consent, withdrawal and erasure."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import translation
from icalendar import Calendar

from registrations.domain.consent import withdraw_consent
from registrations.domain.data_rights import erase_registrant
from registrations.domain.notifications import (
    send_due_reminders,
    send_registration_confirmation,
    send_reserve_notice,
    send_selection_notice,
    thank_participants,
)
from registrations.enums import ConsentPurpose
from tests.factories.dialogues import SiteFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import deliver_messages
from wetheinternet.core.messaging import sms
from wetheinternet.core.models import Message

pytestmark = pytest.mark.django_db

RESULTS = "https://wti.example.org/reports/d/"
START_UTC = dt.datetime(2026, 10, 24, 7, 0, tzinfo=dt.UTC)  # 9:00 in Lyon (summer time)
ALL_CONSENTS = [ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS, ConsentPurpose.CONTACT]


@pytest.fixture(autouse=True)
def _empty_sms_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


def _person(language="fr", *, by_sms=False, status="selected", consents=ALL_CONSENTS):
    site = SiteFactory(name="Maison des associations", accessibility_notes="Entrée de plain-pied rue Neuve.")
    return RegistrantFactory(site=site, preferred_language=language, status=status, consents=consents,
                             email="" if by_sms else "ama@example.net", phone="06 12 34 56 78" if by_sms else "")


def _prefix(language, text, **values):
    """The translation of ``text`` up to its first value not given (shown as §)."""
    with translation.override(language):
        translated = translation.gettext(text)
    for name in ("dialogue", "code", "date", "time", "location", "rights_url", "results_url"):
        values.setdefault(name, "§")
    return (translated % values).split("§")[0]


def _send(kind, person):
    if kind == "confirmation":
        send_registration_confirmation(person)
    elif kind == "selected":
        send_selection_notice(person)
    elif kind == "reserve":
        send_reserve_notice(person)
    elif kind == "reminder":
        send_due_reminders(START_UTC - dt.timedelta(days=7) + dt.timedelta(hours=1))
    elif kind == "thanks":
        thank_participants(person.dialogue, results_url=RESULTS)
    deliver_messages()


EXPECTED = {  # kind: (e-mail text, SMS text)
    "confirmation": ("You are registered for %(dialogue)s", "%(dialogue)s: you are registered. Your code: %(code)s. Your data: %(rights_url)s"),
    "selected": ("You are drawn for the panel of %(dialogue)s",
                 "%(dialogue)s: you are selected for the panel. Your code: %(code)s."),
    "reserve": ("You are on the reserve list of %(dialogue)s",
                "%(dialogue)s: you are on the reserve list. We will write to you if a place opens."),
    "reminder": ("A reminder of your day with the panel. Your reference code is %(code)s.",
                 "Reminder, %(dialogue)s: %(date)s %(time)s, %(location)s. Your code: %(code)s."),
    "thanks": ("Thank you for taking part in %(dialogue)s",
               "%(dialogue)s: thank you for taking part! The results: %(results_url)s"),
}


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("kind", list(EXPECTED))
def test_each_message_by_email_is_in_the_persons_language(kind, language):
    person = _person(language, status="reserve" if kind == "reserve" else "selected")

    _send(kind, person)

    [email] = mail.outbox
    values = {"dialogue": person.dialogue.name, "code": person.reference_code}
    assert _prefix(language, EXPECTED[kind][0], **values) in email.subject + email.body
    assert "&#x27;" not in email.subject + email.body
    assert Message.objects.get().language == language


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("kind", list(EXPECTED))
def test_each_message_by_sms_is_short_and_in_the_persons_language(kind, language):
    person = _person(language, by_sms=True, status="reserve" if kind == "reserve" else "selected")

    _send(kind, person)

    [text] = sms.outbox
    values = {"dialogue": person.dialogue.name, "code": person.reference_code}
    assert text.to == "+33612345678"
    assert text.body.startswith(_prefix(language, EXPECTED[kind][1], **values))
    assert len(text.body) < 320 and mail.outbox == []


def test_the_selection_email_says_where_when_what_to_bring_and_attaches_a_valid_calendar_entry():
    person = _person("fr")

    send_selection_notice(person)
    deliver_messages()

    [email] = mail.outbox
    assert "Où : Maison des associations, Lyon, France" in email.body
    assert "Quand : 24 octobre 2026 à 09:00 (heure de Europe/Paris)" in email.body
    assert "Accessibilité : Entrée de plain-pied rue Neuve." in email.body
    assert "À apporter : votre code de référence" in email.body
    [(filename, content, mimetype)] = email.attachments
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert (filename, mimetype) == ("deliberation-day.ics", "text/calendar")
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (START_UTC, START_UTC + dt.timedelta(hours=4))
    assert (str(event["summary"]), str(event["location"])) == (person.dialogue.name,
                                                               "Maison des associations, Lyon, France")


def test_reminders_go_seven_days_and_one_day_before_each_once():
    _person("fr")
    week_before, day_before = START_UTC - dt.timedelta(days=7), START_UTC - dt.timedelta(days=1)

    counts = [
        send_due_reminders(week_before - dt.timedelta(hours=1)),
        send_due_reminders(week_before + dt.timedelta(hours=1)),
        send_due_reminders(week_before + dt.timedelta(hours=2)),
        send_due_reminders(START_UTC - dt.timedelta(days=3)),
        send_due_reminders(day_before + dt.timedelta(hours=1)),
        send_due_reminders(day_before + dt.timedelta(hours=2)),
        send_due_reminders(START_UTC + dt.timedelta(hours=1)),
    ]

    assert counts == [0, 1, 0, 0, 1, 0, 0]
    assert deliver_messages() == 2


def test_reminder_days_are_set_per_dialogue():
    person = _person("fr")
    person.dialogue.reminder_days = [2]
    person.dialogue.save()

    assert send_due_reminders(START_UTC - dt.timedelta(days=7) + dt.timedelta(hours=1)) == 0
    assert send_due_reminders(START_UTC - dt.timedelta(days=2) + dt.timedelta(hours=1)) == 1


def test_the_thank_you_needs_the_consent_to_be_contacted():
    person = _person("fr", consents=[ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS])

    thank_participants(person.dialogue, results_url=RESULTS)
    deliver_messages()

    assert (Message.objects.get().state, Message.objects.get().last_error, mail.outbox) == ("dropped", "no_consent", [])


def test_a_withdrawn_person_gets_no_selection_message_and_it_is_logged_as_dropped():
    person = _person("fr")
    withdraw_consent(person, ConsentPurpose.PARTICIPATION)

    send_selection_notice(person)
    deliver_messages()

    message = Message.objects.get()
    assert (message.state, message.last_error, message.body, mail.outbox) == ("dropped", "withdrawn", "", [])


def test_a_message_to_an_erased_person_is_dropped():
    person = _person("fr")
    erase_registrant(person, scrub=False)

    send_selection_notice(person)
    deliver_messages()

    message = Message.objects.get()
    assert (message.state, message.last_error, message.recipient, mail.outbox) == ("dropped", "erased", "", [])


def test_erasure_drops_what_is_still_queued_and_forgets_the_address():
    person = _person("fr")
    send_selection_notice(person)

    erase_registrant(person, scrub=False)
    deliver_messages()

    message = Message.objects.get()
    assert (message.state, message.recipient, message.body, message.attachments, mail.outbox) == (
        "dropped", "", "", [], [])

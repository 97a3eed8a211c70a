"""The unsubscribe link of optional messages (reminders, the thank-you): in the text and
HTML e-mail with the RFC 8058 headers, and in the SMS; never in essential messages; the
page and the one-click endpoint; the next optional message dropped; bad tokens."""

import datetime as dt
import json
import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.html import escape

from registrations.domain.data_rights import erase_registrant
from registrations.domain.export import personal_data
from registrations.domain.notifications import (
    send_due_reminders,
    send_registration_confirmation,
    send_reserve_notice,
    send_selection_notice,
    thank_participants,
)
from registrations.domain.rights import rights_url
from registrations.domain.unsubscribe import stop_optional_messages, unsubscribe_token, unsubscribe_url
from registrations.enums import ConsentPurpose
from tests.factories.dialogues import SiteFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import deliver_messages
from wetheinternet.core.audit import entries_for
from wetheinternet.core.messaging import sms
from wetheinternet.core.models import Message

pytestmark = pytest.mark.django_db

RESULTS = "https://wti.example.org/reports/d/"
START_UTC = dt.datetime(2026, 10, 24, 7, 0, tzinfo=dt.UTC)  # the factory site's day, 9:00 in Lyon
WEEK_BEFORE = START_UTC - dt.timedelta(days=7) + dt.timedelta(hours=1)
DAY_BEFORE = START_UTC - dt.timedelta(days=1) + dt.timedelta(hours=1)
ALL_CONSENTS = [ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS, ConsentPurpose.CONTACT]
LINK = re.compile(r"https?://\S+/stop/[^/\s\"<>]+/")
STOP_TEXT = (
    "To receive no more reminders, thank-you messages or invitations to evaluations for this dialogue, "
    "follow this link (messages you need to take part still reach you):"
)


@pytest.fixture(autouse=True)
def _empty_sms_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


def _person(language="fr", *, by_sms=False, status="selected"):
    return RegistrantFactory(
        site=SiteFactory(),
        preferred_language=language,
        status=status,
        consents=ALL_CONSENTS,
        email="" if by_sms else "ama@example.net",
        phone="06 12 34 56 78" if by_sms else "",
    )


def _send(kind, person):
    {
        "confirmation": lambda: send_registration_confirmation(person),
        "selected": lambda: send_selection_notice(person),
        "reserve": lambda: send_reserve_notice(person),
        "reminder": lambda: send_due_reminders(WEEK_BEFORE),
        "thanks": lambda: thank_participants(person.dialogue, results_url=RESULTS),
    }[kind]()
    deliver_messages()


def _gettext(language, text):
    with translation.override(language):
        return translation.gettext(text)


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("kind", ["reminder", "thanks"])
def test_optional_emails_carry_the_link_in_text_and_html_and_the_one_click_headers(kind, language):
    person = _person(language)

    _send(kind, person)

    [email] = mail.outbox
    [(html, mimetype)] = email.alternatives
    with translation.override(language):
        page, one_click = unsubscribe_url(person), unsubscribe_url(person, one_click=True)
    assert f"/{language}/stop/" in page and person.email not in page and person.reference_code not in page
    assert _gettext(language, STOP_TEXT) in email.body and page in email.body
    assert mimetype == "text/html" and f'href="{page}"' in html and f'lang="{language}"' in html
    assert email.extra_headers["List-Unsubscribe"] == f"<{one_click}>"
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    message = email.message()
    assert message["List-Unsubscribe"] == f"<{one_click}>"
    assert Message.objects.get().headers == {}  # removed with the content once sent


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("kind", ["confirmation", "selected", "reserve"])
def test_essential_emails_carry_no_unsubscribe_link_nor_header(kind, language):
    person = _person(language, status="reserve" if kind == "reserve" else "selected")

    _send(kind, person)

    [email] = mail.outbox
    assert "/stop/" not in email.body and _gettext(language, STOP_TEXT) not in email.body
    assert all("/stop/" not in content for content, _type in email.alternatives)
    assert "List-Unsubscribe" not in email.extra_headers and "List-Unsubscribe" not in email.message()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_optional_sms_ends_with_a_short_stop_line_and_essential_sms_has_none(language):
    reminded, selected = _person(language, by_sms=True), _person(language, by_sms=True)
    selected.site = SiteFactory(partner=reminded.site.partner)  # another day: no reminder due for it
    selected.site.days.update(date=dt.date(2026, 12, 1))
    selected.save()

    send_due_reminders(WEEK_BEFORE)
    send_selection_notice(selected)
    deliver_messages()

    assert len(sms.outbox) == 2
    reminder, selection = sorted((m.body for m in sms.outbox), key=lambda body: "/stop/" not in body)
    with translation.override(language):
        expected = f"{translation.gettext('Stop:')} {unsubscribe_url(reminded)}"
    assert reminder.endswith(expected) and "/stop/" not in selection


def test_unsubscribing_on_the_page_drops_the_next_reminder_and_is_audited_without_personal_data(client):
    person = _person("fr")
    send_due_reminders(WEEK_BEFORE)
    deliver_messages()
    path = LINK.search(mail.outbox[0].body).group(0).split("testserver")[-1]
    path = path[path.index("/fr/") :]

    shown = client.get(path)
    assert (shown.status_code, escape(_gettext("fr", "Stop these messages")) in shown.content.decode()) == (200, True)
    assert person.__class__.objects.get(pk=person.pk).optional_messages_stopped_at is None  # GET changes nothing
    done = client.post(path, follow=True)

    page = done.content.decode()
    assert done.status_code == 200 and person.dialogue.name in page and 'role="status"' in page
    send_due_reminders(DAY_BEFORE)
    deliver_messages()
    assert len(mail.outbox) == 1
    last = Message.objects.order_by("-pk").first()
    assert (last.purpose, last.state, last.last_error) == ("registrations.reminder", "dropped", "unsubscribed")
    [entry] = entries_for(person).filter(action="registrations.optional_messages.stopped")
    assert entry.data == {"via": "link"}
    assert person.email not in json.dumps(entry.data) and person.reference_code not in json.dumps(entry.data)


def test_essential_messages_still_go_after_unsubscribing():
    person = _person("es")
    stop_optional_messages(person)

    send_selection_notice(person)
    thank_participants(person.dialogue, results_url=RESULTS)
    deliver_messages()

    states = dict(Message.objects.values_list("purpose", "state"))
    assert states == {"registrations.selected": "sent", "registrations.thanks": "dropped"}


def test_a_queued_reminder_is_dropped_at_sending_when_the_person_unsubscribed_meanwhile():
    person = _person("fr")
    send_due_reminders(WEEK_BEFORE)

    stop_optional_messages(person)
    deliver_messages()

    message = Message.objects.get()
    assert (message.state, message.last_error, message.body, mail.outbox) == ("dropped", "unsubscribed", "", [])


def test_the_one_click_post_works_without_csrf_and_only_with_the_rfc_8058_body():
    person = _person("fr")
    strict = Client(enforce_csrf_checks=True)
    with translation.override("fr"):
        url = unsubscribe_url(person, one_click=True).removeprefix("http://testserver")
    path = url[url.index("/fr/") :]

    wrong = strict.post(path, {"unsubscribe": "yes"})
    assert wrong.status_code == 400
    person.refresh_from_db()
    assert person.optional_messages_stopped_at is None

    done = strict.post(path, {"List-Unsubscribe": "One-Click"})
    again = strict.post(path, {"List-Unsubscribe": "One-Click"})

    person.refresh_from_db()
    assert (done.status_code, again.status_code) == (200, 200)
    assert person.optional_messages_stopped_at is not None
    assert [e.data for e in entries_for(person).filter(action="registrations.optional_messages.stopped")] == [
        {"via": "one_click"}
    ]
    assert strict.get(path).status_code == 302  # a GET there shows the confirmation page


def test_the_confirmation_page_still_needs_the_csrf_token():
    person = _person("fr")
    strict = Client(enforce_csrf_checks=True)

    refused = strict.post(f"/fr/stop/{unsubscribe_token(person)}/")

    person.refresh_from_db()
    assert refused.status_code == 403 and person.optional_messages_stopped_at is None


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_tampered_or_made_up_token_gets_a_translated_refusal_never_a_500(client, language):
    person = _person("fr")
    token = unsubscribe_token(person)
    other_id = token.replace(token.split(".")[0], "zz", 1)
    expected = _gettext(language, "This link is not valid. Check that you copied all of it.")

    for bad in (token[:-2] + "xx", other_id, "nonsense", rights_url(person).rstrip("/").rsplit("/", 1)[-1]):
        for response in (
            client.get(f"/{language}/stop/{bad}/"),
            client.post(f"/{language}/stop/{bad}/"),
            client.post(f"/{language}/stop/{bad}/one-click/", {"List-Unsubscribe": "One-Click"}),
        ):
            content = response.content.decode()
            assert response.status_code == 403 and (expected in content or escape(expected) in content)
    person.refresh_from_db()
    assert person.optional_messages_stopped_at is None


def test_the_link_of_an_erased_person_says_nothing_is_held(client):
    person = _person("fr")
    token = unsubscribe_token(person)
    erase_registrant(person, scrub=False)

    response = client.get(f"/fr/stop/{token}/")

    assert response.status_code == 403
    assert escape(_gettext("fr", "There is no data held under this link any more.")) in response.content.decode()


def test_the_export_shows_the_preference_and_erasure_clears_it(client):
    person = _person("fr")
    assert personal_data(person)["optional_messages_stopped_at"] is None

    stop_optional_messages(person)
    person.refresh_from_db()
    assert personal_data(person)["optional_messages_stopped_at"] == person.optional_messages_stopped_at.isoformat()
    with translation.override("fr"):
        page = client.get(rights_url(person, absolute=False)).content.decode()
    assert _gettext("fr", "Reminders, thank-you and evaluation messages stopped on") in page

    erase_registrant(person, scrub=False)
    person.refresh_from_db()
    assert person.optional_messages_stopped_at is None

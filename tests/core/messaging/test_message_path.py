"""The one message path: a row in the caller's transaction, sent by a worker with
retries and backoff, content removed after sending, nothing personal in the logs."""

import datetime as dt
import logging
import smtplib
import uuid

import pytest
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from tests.factories.accounts import StaffFactory
from tests.helpers import signed_in
from wetheinternet.core.messaging import delivery, sms
from wetheinternet.core.messaging.queue import send_message, send_templated_mail
from wetheinternet.core.models import Message

pytestmark = pytest.mark.django_db

INVITATION = "accounts/email/invitation"


def _context():
    return {"user": {"first_name": "Ama"}, "link": "https://example.org/set-password/abc", "context_line": ""}


class FailingBackend:
    """An SMTP server that hangs up."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed: ama@example.org")


@pytest.fixture(autouse=True)
def _empty_sms_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


def test_a_message_is_recorded_in_the_transaction_and_sent_by_a_worker_after_commit(
    eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        [message] = send_templated_mail("ama@example.org", INVITATION, _context(), "fr", purpose="accounts.invitation")
        assert (message.state, len(mail.outbox)) == ("queued", 0)

    message.refresh_from_db()
    assert (message.state, message.attempts, message.language, mail.outbox[0].to) == (
        "sent", 1, "fr", ["ama@example.org"])
    assert (message.subject, message.body, message.html, message.attachments) == ("", "", "", [])
    assert message.finished_at is not None


def test_a_rolled_back_request_sends_nothing(eager_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                send_templated_mail("ama@example.org", INVITATION, _context(), "en", purpose="accounts.invitation")
                raise RuntimeError("the request failed")
        except RuntimeError:
            pass

    assert (Message.objects.count(), len(mail.outbox)) == (0, 0)


def test_a_delivery_failure_is_retried_with_backoff_then_sent(settings, eager_tasks, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.core.messaging.test_message_path.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        [message] = send_templated_mail("ama@example.org", INVITATION, _context(), "en", purpose="accounts.invitation")

    message.refresh_from_db()
    assert (message.state, message.attempts, message.last_error) == ("queued", 1, "SMTPServerDisconnected")
    assert message.body != ""  # kept for the next attempt
    assert delivery.send_due_messages() == 0  # not due yet: the next attempt is in 2 minutes

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sent = delivery.send_due_messages(now=timezone.now() + dt.timedelta(minutes=3))

    message.refresh_from_db()
    assert (sent, message.state, message.attempts, message.body, len(mail.outbox)) == (1, "sent", 2, "", 1)


def test_a_message_that_keeps_failing_is_marked_failed_and_its_content_removed(settings):
    settings.EMAIL_BACKEND = "tests.core.messaging.test_message_path.FailingBackend"
    message = send_message(template=INVITATION, context=_context(), language="en", purpose="accounts.invitation",
                           email="ama@example.org")
    now = timezone.now()

    for _attempt in range(delivery.MAX_ATTEMPTS):
        delivery.deliver(message.pk, now=now)
        now += dt.timedelta(hours=5)

    message.refresh_from_db()
    assert (message.state, message.attempts, message.last_error) == ("failed", delivery.MAX_ATTEMPTS,
                                                                     "SMTPServerDisconnected")
    assert (message.subject, message.body) == ("", "")
    assert delivery.deliver(message.pk, now=now) is None


def test_without_an_email_address_the_short_form_goes_by_sms_in_e164():
    message = send_message(template="registrations/email/reserve", language="es", purpose="test",
                           context={"registrant": {"dialogue": {"name": "Nosotros"}}}, phone="06 12 34 56 78",
                           phone_region="FR")

    delivery.deliver(message.pk)

    assert [(text.to, text.body) for text in sms.outbox] == [
        ("+33612345678", "Nosotros: está en la lista de reserva. Le escribiremos si se libera un lugar.")]
    message.refresh_from_db()
    assert (message.channel, message.recipient, message.state) == ("sms", "+33612345678", "sent")


def test_a_number_that_cannot_be_read_records_nothing():
    message = send_message(template="registrations/email/reserve", language="en", purpose="test",
                           context={}, phone="12", phone_region="FR")

    assert (message, Message.objects.count()) == (None, 0)


def test_a_bulk_send_interrupted_midway_resumes_and_sends_each_message_once(settings):
    addresses = [f"person{number}@example.org" for number in range(6)]
    batch = uuid.uuid4()
    for address in addresses:
        send_message(template=INVITATION, context=_context(), language="en", purpose="test.bulk", email=address,
                     batch=batch)
    assert send_message(template=INVITATION, context=_context(), language="en", purpose="test.bulk",
                        email=addresses[0], batch=batch) is None  # asked twice: recorded once
    settings.EMAIL_BACKEND = "tests.core.messaging.test_message_path.DiesOnFourthBackend"
    DiesOnFourthBackend.calls, DiesOnFourthBackend.delivered = 0, []
    now = timezone.now()

    with pytest.raises(SystemExit):  # the worker is killed while sending the fourth
        delivery.send_due_messages(now=now)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    delivery.send_due_messages(now=now + dt.timedelta(seconds=30))  # the dead worker's claim still holds
    delivery.send_due_messages(now=now + delivery.CLAIM_FOR + dt.timedelta(seconds=1))

    sent = DiesOnFourthBackend.delivered + [message.to[0] for message in mail.outbox]
    assert sorted(sent) == sorted(addresses)
    assert set(Message.objects.filter(batch=batch).values_list("state", flat=True)) == {"sent"}


class DiesOnFourthBackend:
    calls = 0
    delivered = []

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        DiesOnFourthBackend.calls += 1
        if DiesOnFourthBackend.calls == 4:
            raise SystemExit("worker killed")
        DiesOnFourthBackend.delivered.extend(message.to[0] for message in messages)
        return len(messages)


def test_batches_are_rate_limited(settings):
    settings.MESSAGES_PER_MINUTE = 2
    batch = uuid.uuid4()
    for number in range(5):
        send_message(template=INVITATION, context=_context(), language="en", purpose="test.bulk",
                     email=f"p{number}@example.org", batch=batch)

    assert [delivery.send_due_messages() for _minute in range(4)] == [2, 2, 1, 0]


def test_logs_hold_neither_the_address_nor_the_content(caplog, settings):
    caplog.set_level(logging.DEBUG)
    message = send_message(template=INVITATION, context=_context(), language="en", purpose="accounts.invitation",
                           email="ama@example.org")
    delivery.deliver(message.pk)
    settings.EMAIL_BACKEND = "tests.core.messaging.test_message_path.FailingBackend"
    failing = send_message(template=INVITATION, context=_context(), language="en", purpose="accounts.invitation",
                           email="ama@example.org")
    delivery.deliver(failing.pk)

    assert "ama@example.org" not in caplog.text
    assert "set-password" not in caplog.text
    assert f"message {failing.pk} not sent (attempt 1): SMTPServerDisconnected" in caplog.text


def test_the_recipient_is_masked():
    assert [Message(recipient=value).masked_recipient for value in ("ama@example.org", "+33612345678", "")] == [
        "a•••@e•••.org", "+33•••••78", "—"]


def test_staff_read_the_message_log_filtered_without_addresses_or_content(client):
    sent = send_message(template=INVITATION, context=_context(), language="en", purpose="accounts.invitation",
                        email="ama@example.org", dialogue_id=7)
    delivery.deliver(sent.pk)
    send_message(template=INVITATION, context=_context(), language="en", purpose="dialogues.onboarding_reminder",
                 email="kofi@example.org")
    signed_in(client, StaffFactory())
    url = reverse("admin:core_message_changelist")

    response = client.get(url, {"state": "sent", "dialogue": "7"})
    page = response.content.decode()

    assert list(response.context["cl"].result_list) == [sent]
    assert "a•••@e•••.org" in page
    assert "ama@example.org" not in page and "kofi" not in page
    assert client.get(reverse("admin:core_message_change", args=[sent.pk])).content.decode().count("set-password") == 0


def test_the_message_log_is_not_for_partner_members(client, two_partners):
    member = two_partners[0].memberships.first().user
    signed_in(client, member)

    assert client.get(reverse("admin:core_message_changelist")).status_code in (302, 403)


def test_addresses_are_removed_from_the_log_after_the_retention_period(settings):
    settings.MESSAGE_LOG_DAYS = 30
    message = send_message(template=INVITATION, context=_context(), language="en", purpose="test",
                           email="ama@example.org")
    delivery.deliver(message.pk)

    assert delivery.purge_old_recipients(timezone.now() + dt.timedelta(days=29)) == 0
    assert delivery.purge_old_recipients(timezone.now() + dt.timedelta(days=31)) == 1
    message.refresh_from_db()
    assert (message.recipient, message.purpose, message.state) == ("", "test", "sent")

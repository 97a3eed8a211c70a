"""Sending recorded messages: the worker's part of the message path.

``deliver`` claims one queued message (a lease, so two workers never send it at once),
checks again that its recipient may be written to, sends it through the e-mail or SMS
backend and records the outcome. A failure is recorded (the error's class name only) and
tried again later with exponential backoff by ``send_due_messages`` (beat, every
minute), which also sends batches at ``MESSAGES_PER_MINUTE`` and picks up what a killed
worker left: nothing is sent twice because a sent message is never queued again."""

import base64
import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.utils import timezone

from ..models import Message, MessageChannel, MessageState
from . import sms
from .queue import drop_reason

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
CLAIM_FOR = dt.timedelta(minutes=5)


def backoff(attempts):
    """Wait before the next attempt: 2, 4, 8, ... minutes, at most 4 hours."""
    return dt.timedelta(minutes=min(2**attempts, 240))


def deliver(message_id, *, now=None):
    """Send message ``message_id`` if it is queued, due and not claimed by another
    worker. Returns its state afterwards, or None when there was nothing to do.

    Side effects: the e-mail or SMS; the row's state, attempts, last error (a class
    name), next attempt; the rendered content removed once sent, failed or dropped.
    Never raises for a delivery failure."""
    now = now or timezone.now()
    claimed = Message.objects.filter(pk=message_id, state=MessageState.QUEUED, next_attempt_at__lte=now).filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    ).update(claimed_until=now + CLAIM_FOR)
    if not claimed:
        return None
    message = Message.objects.get(pk=message_id)
    reason = drop_reason(message.recipient_key, message.purpose)
    if reason:
        return _finish(message, MessageState.DROPPED, error=reason)
    try:
        _send(message)
    except Exception as error:  # noqa: BLE001 - any backend failure is recorded and retried
        message.attempts += 1
        code = type(error).__name__
        if message.attempts >= MAX_ATTEMPTS:
            return _finish(message, MessageState.FAILED, error=code)
        Message.objects.filter(pk=message.pk).update(
            attempts=message.attempts, last_error=code, next_attempt_at=now + backoff(message.attempts),
            claimed_until=None,
        )
        logger.warning("message %s not sent (attempt %s): %s", message.pk, message.attempts, code)
        return MessageState.QUEUED
    message.attempts += 1
    return _finish(message, MessageState.SENT)


def _send(message):
    if message.channel == MessageChannel.SMS:
        sms.get_backend().send(message.recipient, message.body)
        return
    email = EmailMultiAlternatives(subject=message.subject, body=message.body, to=[message.recipient],
                                   headers=message.headers or None)
    if message.html:
        email.attach_alternative(message.html, "text/html")
    for attachment in message.attachments:
        content = base64.b64decode(attachment["base64"]) if "base64" in attachment else attachment["text"]
        email.attach(attachment["filename"], content, attachment["mimetype"])
    email.send()


def _finish(message, state, *, error=""):
    Message.objects.filter(pk=message.pk).update(
        state=state, attempts=message.attempts, last_error=error, finished_at=timezone.now(), claimed_until=None,
        subject="", body="", html="", attachments=[], headers={},
    )
    logger.info("message %s %s (%s)", message.pk, state, message.purpose)
    return state


def send_due_messages(*, now=None, limit=None):
    """Send the queued messages that are due (retries, batches, what a killed worker
    left), oldest first, at most ``limit`` (default ``MESSAGES_PER_MINUTE``). Returns how
    many were sent."""
    now = now or timezone.now()
    limit = settings.MESSAGES_PER_MINUTE if limit is None else limit
    due = Message.objects.filter(state=MessageState.QUEUED, next_attempt_at__lte=now).filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    ).order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:limit]
    return sum(deliver(pk, now=now) == MessageState.SENT for pk in list(due))


def forget_recipient(recipient_key):
    """Erasure: remove the address and content of every message to ``recipient_key``
    (``"registrant:12"``) and drop those still queued. Returns how many rows were touched."""
    rows = Message.objects.filter(recipient_key=recipient_key)
    rows.filter(state=MessageState.QUEUED).update(state=MessageState.DROPPED, last_error="erased",
                                                  finished_at=timezone.now())
    # The key itself stays: an opaque id ("registrant:12") of a row that erasure anonymises.
    return rows.update(recipient="", subject="", body="", html="", attachments=[], headers={})


def purge_old_recipients(now=None):
    """Remove the address of messages finished more than ``MESSAGE_LOG_DAYS`` ago (the
    log keeps template, purpose, state and times). Returns how many."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.MESSAGE_LOG_DAYS)
    return Message.objects.filter(finished_at__lt=cutoff).exclude(recipient="").update(recipient="")

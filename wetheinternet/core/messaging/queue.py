"""Queuing messages: render in the recipient's language, record a ``Message`` row in
the caller's transaction, hand it to a worker after the commit (``outbox.defer``)."""

import base64
import logging
import uuid

from django.db import IntegrityError, transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ..i18n import supported_language
from ..models import Message, MessageChannel, MessageState
from ..outbox import defer
from .phones import to_e164

logger = logging.getLogger(__name__)

SEND_TASK = "wetheinternet.core.tasks.send_message"
SWEEP_TASK = "wetheinternet.core.tasks.send_due_messages"

_recipient_checks = {}
BATCHES = uuid.UUID("0b3c8f8e-6c1d-4d2a-9f57-2f1f6c4e9a10")  # namespace of derived batch ids


def batch_id(*parts):
    """A batch id that is the same each time for the same send (a panel's notice, a
    site's reminder, a chaser), so a repeated or resumed send writes to nobody twice."""
    return uuid.uuid5(BATCHES, ":".join(str(part) for part in parts))


def install_recipient_check(kind, check):
    """Let an app say who may no longer be written to. For a message whose
    ``recipient_key`` is ``"<kind>:<id>"``, ``check(id, purpose)`` returns "" (send) or a
    short reason code ("withdrawn", "erased", "no_consent"): the message is then dropped,
    when queued and again just before sending. Registrations installs "registrant"."""
    _recipient_checks[kind] = check


def drop_reason(recipient_key, purpose):
    kind, _sep, pk = recipient_key.partition(":")
    check = _recipient_checks.get(kind)
    return check(pk, purpose) if check and pk else ""


def send_templated_mail(to, template_prefix, context, language, *, purpose, recipient_key="", dialogue_id=None,
                        attachments=()):
    """Queue one e-mail per address in ``to`` (an address or a list): see
    ``send_message``. Returns the messages."""
    addresses = [to] if isinstance(to, str) else list(to)
    return [
        send_message(template=template_prefix, context=context, language=language, purpose=purpose, email=address,
                     recipient_key=recipient_key, dialogue_id=dialogue_id, attachments=attachments)
        for address in addresses
    ]


def send_message(*, template, context, language, purpose, email="", phone="", phone_region=None, recipient_key="",
                 dialogue_id=None, attachments=(), batch=None, headers=None):
    """Record a message to ``email`` or, without one, an SMS to ``phone`` (read in
    ``phone_region``, stored in E.164), and have a worker send it after the commit.

    E-mail renders ``<template>_subject.txt``, ``<template>.txt`` (the "text" engine:
    never HTML-escaped) and, if it exists, ``<template>.html``; SMS renders
    ``<template>_sms.txt``. All inside ``translation.override(language)``; ``context``
    is a dict or a function returning one (called in that language, for links); templates
    get ``LANGUAGE_CODE`` and ``LANGUAGE_BIDI``. ``attachments`` are ``(filename,
    content, mimetype)`` (e-mail only); ``headers`` extra e-mail headers (a dict, or a
    function called in the recipient's language: ``List-Unsubscribe``). ``recipient_key`` names the person
    (``"registrant:12"``) for consent checks and erasure.

    Returns the Message (state "queued", or "dropped" when the recipient's check refuses
    it: an erased or withdrawn person, a consent missing), or None when there is no
    usable address or number. With ``batch`` the message
    waits for the rate-limited sweep and is recorded at most once per (batch, recipient):
    None is returned for a repeat. Side effects: one row; one deferred task (not for a batch)."""
    language = supported_language(language)
    if email:
        channel, recipient = MessageChannel.EMAIL, email.strip()
    else:
        channel, recipient = MessageChannel.SMS, to_e164(phone, phone_region)
    recipient_key = recipient_key or recipient
    reason = drop_reason(recipient_key, purpose) if recipient_key else ""
    if not recipient and not reason:
        return None
    if batch is not None and Message.objects.filter(batch=batch, recipient_key=recipient_key).exists():
        return None
    message = Message(channel=channel, recipient=recipient, recipient_key=recipient_key, template=template,
                      language=language, purpose=purpose, dialogue_id=dialogue_id, batch=batch)
    if reason:
        message.state, message.last_error, message.finished_at = MessageState.DROPPED, reason, timezone.now()
    else:
        _render(message, context, attachments, headers)
    try:
        with transaction.atomic():
            message.save()
    except IntegrityError:  # the same batch recorded this recipient meanwhile
        return None
    logger.info("message %s %s (%s, %s)", message.pk, message.state, purpose, channel)
    if message.state == MessageState.QUEUED and batch is None:
        defer(SEND_TASK, message.pk)
    return message


def start_batch_sending():
    """Have a worker start on the queued messages of batches (rate-limited), after the commit."""
    defer(SWEEP_TASK)


def _render(message, context, attachments, headers):
    with translation.override(message.language):
        context = context() if callable(context) else context
        context = {**context, "LANGUAGE_CODE": message.language, "LANGUAGE_BIDI": translation.get_language_bidi()}
        if message.channel == MessageChannel.SMS:
            message.body = render_to_string(f"{message.template}_sms.txt", context, using="text").strip()
            return
        message.headers = dict((headers() if callable(headers) else headers) or {})
        message.subject = " ".join(render_to_string(f"{message.template}_subject.txt", context, using="text").split())
        message.body = render_to_string(f"{message.template}.txt", context, using="text")
        try:
            message.html = render_to_string(f"{message.template}.html", context)
        except TemplateDoesNotExist:
            message.html = ""
    message.attachments = [_stored_attachment(*attachment) for attachment in attachments]


def _stored_attachment(filename, content, mimetype):
    if isinstance(content, bytes):
        return {"filename": filename, "mimetype": mimetype, "base64": base64.b64encode(content).decode("ascii")}
    return {"filename": filename, "mimetype": mimetype, "text": content}

"""SMS backends, chosen like e-mail's by an address in the environment, ``SMS_URL``:

- ``console://`` writes the message to the log with the number masked (development);
- ``locmem://`` keeps messages in ``sms.outbox`` (tests), like Django's locmem e-mail;
- ``twilio://ACCOUNT_SID:AUTH_TOKEN@+15550001111`` sends through Twilio's REST API over
  plain HTTPS (``requests``; no SDK), from the number after ``@``.

A backend's ``send(to, body)`` raises ``SmsError`` (its argument: the provider's HTTP
status) or a network error when the provider refuses; the message path retries."""

import logging
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import requests
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

outbox = []  # the locmem backend's sent messages, emptied by tests


class SmsError(Exception):
    """The provider refused or failed; the message is tried again later."""


@dataclass
class SmsMessage:
    to: str
    body: str


class ConsoleBackend:
    def send(self, to, body):
        logger.info("SMS to %s•••••%s (%s characters)", to[:3], to[-2:], len(body))


class LocmemBackend:
    def send(self, to, body):
        outbox.append(SmsMessage(to=to, body=body))


class TwilioBackend:
    """Twilio's Messages resource: POST https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json
    with ``To``, ``From`` and ``Body``, HTTP basic auth with the account SID and auth token."""

    API = "https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json"
    TIMEOUT = 10

    def __init__(self, sid, token, sender):
        self.sid, self.token, self.sender = sid, token, sender

    def send(self, to, body):
        response = requests.post(
            self.API.format(sid=self.sid), data={"To": to, "From": self.sender, "Body": body},
            auth=(self.sid, self.token), timeout=self.TIMEOUT,
        )
        if response.status_code >= 300:
            raise SmsError(response.status_code)


def backend_from_url(url):
    parts = urlsplit(url or "console://")
    if parts.scheme == "console":
        return ConsoleBackend()
    if parts.scheme == "locmem":
        return LocmemBackend()
    if parts.scheme == "twilio":
        if not (parts.username and parts.password and parts.hostname):
            raise ImproperlyConfigured("SMS_URL: twilio://ACCOUNT_SID:AUTH_TOKEN@+15550001111")
        sender = unquote(parts.netloc.rsplit("@", 1)[1])
        return TwilioBackend(unquote(parts.username), unquote(parts.password), sender)
    raise ImproperlyConfigured(f"SMS_URL: unknown SMS backend {parts.scheme!r}")


def get_backend():
    return backend_from_url(settings.SMS_URL)

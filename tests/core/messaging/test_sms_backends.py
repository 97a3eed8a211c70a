"""SMS backends chosen by SMS_URL; Twilio through its REST API over HTTPS."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from wetheinternet.core.messaging import sms


class Response:
    def __init__(self, status_code):
        self.status_code = status_code


def test_sms_url_chooses_the_backend():
    twilio = sms.backend_from_url("twilio://AC123:secret@%2B15550001111")

    assert isinstance(sms.backend_from_url("console://"), sms.ConsoleBackend)
    assert isinstance(sms.backend_from_url("locmem://"), sms.LocmemBackend)
    assert (twilio.sid, twilio.token, twilio.sender) == ("AC123", "secret", "+15550001111")


@pytest.mark.parametrize("url", ["twilio://AC123@+1555", "carrier-pigeon://"])
def test_a_wrong_sms_url_is_refused(url):
    with pytest.raises(ImproperlyConfigured):
        sms.backend_from_url(url)


def test_twilio_posts_the_message_and_raises_when_refused(monkeypatch):
    calls = []
    status = {"code": 201}

    def post(url, **kwargs):
        calls.append((url, kwargs["data"], kwargs["auth"]))
        return Response(status["code"])

    monkeypatch.setattr(sms.requests, "post", post)
    backend = sms.backend_from_url("twilio://AC123:secret@%2B15550001111")

    backend.send("+33612345678", "Hello")
    status["code"] = 400
    with pytest.raises(sms.SmsError, match="400"):
        backend.send("+33612345678", "Hello")

    assert calls[0] == ("https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json",
                        {"To": "+33612345678", "From": "+15550001111", "Body": "Hello"}, ("AC123", "secret"))


def test_the_console_backend_masks_the_number(caplog):
    caplog.set_level("INFO")

    sms.ConsoleBackend().send("+33612345678", "Your code: ABCD-EFGH")

    assert "+33612345678" not in caplog.text and "ABCD" not in caplog.text

import pytest
from django.core.cache import cache
from django.urls import reverse

from conduct.interfaces.throttle import LIMITS
from conduct.models import Incident

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


FORM = {"kind": "incident", "description": "A participant was insulted in the chat.", "happened_when": "Today 14:00",
        "place_kind": "online", "relation": "observed", "is_urgent": "on"}


def test_anyone_files_a_report_and_sees_the_receipt_code_once(client):
    response = client.post(reverse("conduct:report"), FORM)

    page = response.content.decode()
    incident = Incident.objects.get()
    assert response.status_code == 200
    assert "Your report was received" in page
    assert incident.is_urgent is True
    assert incident.reporter is None


def test_receipt_code_shows_the_status(client):
    from conduct.domain.reports import submit_report

    incident, code = submit_report(description="x", happened_when="now", place_kind="online", relation="observed")

    response = client.post(reverse("conduct:report_status"), {"code": code})

    assert "<dd data-case-state>New</dd>" in response.content.decode()


def test_guessed_codes_find_nothing_then_are_rate_limited(client):
    from conduct.domain.reports import submit_report

    _incident, code = submit_report(description="x", happened_when="now", place_kind="online", relation="observed")
    attempts, _window = LIMITS["receipt_lookup"]
    guesses = [client.post(reverse("conduct:report_status"), {"code": f"AAAA-AAAA-AAAA-AAAA-AAAA-AA{n:02d}"})
               for n in range(attempts)]

    blocked = client.post(reverse("conduct:report_status"), {"code": code})

    assert all("No report has this code" in guess.content.decode() for guess in guesses)
    assert blocked.status_code == 429
    assert "data-case-state" not in blocked.content.decode()


def test_a_rate_limited_reporter_keeps_what_they_wrote(client):
    attempts, _window = LIMITS["report"]
    for _ in range(attempts):
        client.post(reverse("conduct:report"), FORM)

    blocked = client.post(reverse("conduct:report"), FORM)

    assert blocked.status_code == 429
    assert "A participant was insulted in the chat." in blocked.content.decode()
    assert Incident.objects.count() == attempts


def test_a_report_at_a_site_without_site_is_refused_with_the_text_kept(client):
    response = client.post(reverse("conduct:report"), {**FORM, "place_kind": "site"})

    page = response.content.decode()
    assert "Choose the site where it happened." in page
    assert "A participant was insulted in the chat." in page
    assert Incident.objects.count() == 0


def test_people_involved_is_never_required(client):
    response = client.post(reverse("conduct:report"), {**FORM, "people_involved": ""})

    assert "Your report was received" in response.content.decode()


def test_report_is_kept_when_the_notification_fails(client, broker_refuses, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("conduct:report"), FORM)

    assert response.status_code == 200
    assert "Your report was received" in response.content.decode()
    assert Incident.objects.count() == 1

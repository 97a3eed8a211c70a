"""With the database unreachable, every request answers 503 with Retry-After (JSON on
the API and to scripts asking for JSON), never Django's 500."""

import socket

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token

from tests.factories.accounts import UserFactory

UNAVAILABLE = (
    "The service is briefly unavailable: its database cannot be reached. Nothing is lost by waiting: "
    "try again in a minute. Sending the same form again is safe; a result is never stored twice."
)


@pytest.fixture
def database_down(monkeypatch):
    """Every query fails as it does when PostgreSQL has gone away."""

    def refuse(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)
    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.executemany", refuse)


def _client():
    return Client(raise_request_exception=False)


@pytest.mark.django_db
def test_api_answers_503_json_with_retry_after_when_the_database_is_down(database_down):
    response = _client().get("/api/results/tables/", HTTP_AUTHORIZATION="Token 0123456789abcdef")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"] == UNAVAILABLE


@pytest.mark.django_db
def test_signed_in_page_answers_a_translated_503_page_when_the_database_is_down(monkeypatch):
    client = _client()
    client.force_login(UserFactory())

    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)
    response = client.get("/fr/home/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "<h1>Brièvement indisponible</h1>" in html


@pytest.mark.django_db
def test_form_post_asking_for_json_gets_503_json_when_the_database_is_down(database_down):
    response = _client().post(reverse("conduct:report"), {"description": "x"}, HTTP_ACCEPT="application/json")

    assert response.status_code == 503
    assert response.json()["status"] == 503


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.skipif("connection.vendor != 'postgresql'")
@pytest.mark.django_db(transaction=True)
def test_api_answers_503_when_postgresql_cannot_be_reached_at_all():
    user = UserFactory()
    token = Token.objects.create(user=user).key
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(_closed_port()))
    try:
        response = _client().get("/api/results/tables/", HTTP_AUTHORIZATION=f"Token {token}")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json()["detail"] == UNAVAILABLE

import datetime as dt

import pytest
from django.utils import timezone
from rest_framework.authtoken.models import Token

from tests.factories.accounts import UserFactory
from tests.factories.dialogues import TableFactory
from wetheinternet.accounts.domain.suspensions import lift_suspension, suspend_sign_in

pytestmark = pytest.mark.django_db


def test_api_key_of_a_suspended_account_is_refused_until_the_suspension_ends(client):
    note_taker = TableFactory(note_taker=UserFactory()).note_taker
    token = Token.objects.create(user=note_taker)
    headers = {"HTTP_AUTHORIZATION": f"Token {token.key}"}
    before = client.get("/api/results/tables/", **headers).status_code

    suspend_sign_in(note_taker, reference="case-1", ends_at=timezone.now() + dt.timedelta(days=3), by=None)
    during = client.get("/api/results/tables/", **headers)
    lift_suspension(reference="case-1", by=None)
    after = client.get("/api/results/tables/", **headers).status_code

    assert (before, during.status_code, after) == (200, 401, 200)
    assert "suspended" in during.json()["detail"]

import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from dialogues.models import Dialogue
from tests.helpers import signed_in
from wetheinternet.accounts.models import User
from wetheinternet.core.demo import DEMO_ACCOUNTS
from wetheinternet.i18n.content.missing import missing_translations

pytestmark = pytest.mark.django_db

APP_LABELS = ["accounts", "dialogues", "registrations", "conduct", "results", "reports", "analysis"]


def _row_counts():
    return {
        model._meta.label: model.objects.count()
        for label in APP_LABELS
        for model in apps.get_app_config(label).get_models()
    }


def test_seed_demo_twice_builds_the_demo_once():
    call_command("seed_demo", stdout=io.StringIO())
    first = _row_counts()

    call_command("seed_demo", stdout=io.StringIO())

    assert _row_counts() == first
    assert Dialogue.objects.filter(slug="demo").count() == 1
    assert first["dialogues.Site"] >= 5
    assert first["registrations.Registrant"] > 0
    assert first["results.ResultSubmission"] > 0


def test_every_demo_sign_in_reaches_a_home_page(client):
    call_command("seed_demo", stdout=io.StringIO())

    for account in DEMO_ACCOUNTS:
        client.logout()
        signed_in(client, User.objects.get(email=account.email))
        response = client.get(reverse("home"))
        homes = [response.url] if response.status_code == 302 else [
            reverse(page.url_name) for page in response.context["pages"]
        ]
        assert homes, account.email
        assert {url: client.get(url).status_code for url in homes} == {url: 200 for url in homes}


def test_demo_content_is_complete_in_every_interface_language():
    call_command("seed_demo", stdout=io.StringIO())

    missing = [(item.field.key, item.object_id, item.language) for item in missing_translations()]

    assert missing == []

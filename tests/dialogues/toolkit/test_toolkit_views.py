"""The public toolkit: a page in each of the dialogue's languages and a JSON file with
every language, showing design and no personal data; staff publish it and copy the
dialogue; nobody else can."""

import datetime as dt
import json

import pytest
from django.urls import reverse

from dialogues.domain.toolkit import publish_toolkit
from dialogues.models import Dialogue
from tests.dialogues.views_onboarding.conftest import page_text
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db

PERSONAL = ["Inès", "ines@example.net", "coordinator@citoyens.example.org", "Citoyens du Numérique",
            "Maison des Associations", "meet.example.org"]


@pytest.fixture
def published(design):
    publish_toolkit(design.dialogue, by=None)
    return design


def test_toolkit_page_is_public_and_shows_the_design_in_the_language_asked(client, published):
    url = reverse("dialogues:toolkit", args=["wti-2020"])

    english, french = page_text(client.get(url, {"language": "en"})), page_text(client.get(url, {"language": "fr"}))

    assert "Who should hold your identity? di-holder" in english and "The state opt-0" in english
    assert "Qui devrait détenir votre identité ? di-holder" in french and "L'État opt-0" in french
    assert "Nous nous écoutons." in french and "Je participe." in french and "Ouverture" in french
    assert "We listen to each other." in english and "18 to 29" in english


def test_toolkit_page_and_json_show_no_personal_data(client, published):
    page = client.get(reverse("dialogues:toolkit", args=["wti-2020"])).content.decode()
    download = client.get(reverse("dialogues:toolkit_json", args=["wti-2020"])).content.decode()

    for value in PERSONAL:
        assert value not in page and value not in download


def test_toolkit_json_holds_every_language_and_the_question_codes(client, published):
    response = client.get(reverse("dialogues:toolkit_json", args=["wti-2020"]))

    data = json.loads(response.content)
    assert response["Content-Disposition"] == 'attachment; filename="toolkit-wti-2020.json"'
    question = data["topics"][0]["questions"][0]
    assert (question["code"], question["text"]) == (
        "di-holder", {"en": "Who should hold your identity?", "fr": "Qui devrait détenir votre identité ?"})
    assert [o["code"] for o in question["options"]] == ["opt-0", "opt-1"]
    assert data["code_of_conduct"]["text"] == {"en": "We listen to each other.", "fr": "Nous nous écoutons."}
    assert data["consent_texts"] == [{"purpose": "participation", "version": 1,
                                      "text": {"en": "I take part.", "fr": "Je participe."}}]
    assert [(i["day"], i["title"]["fr"]) for i in data["agenda_template"]] == [(1, "Ouverture"), (2, "Identité numérique")]


def test_unpublished_toolkit_is_not_found(client, design):
    assert client.get(reverse("dialogues:toolkit", args=["wti-2020"])).status_code == 404
    assert client.get(reverse("dialogues:toolkit_json", args=["wti-2020"])).status_code == 404
    assert "We, the Internet 2020" not in client.get(reverse("dialogues:toolkit_list")).content.decode()


def test_published_toolkit_is_listed(client, published):
    assert "We, the Internet 2020" in page_text(client.get(reverse("dialogues:toolkit_list")))


def test_staff_publish_and_withdraw_the_toolkit(client, staff_user, design):
    signed_in(client, staff_user)
    url = reverse("dialogues:toolkit_publication", args=["wti-2020"])

    client.post(url, {"publish": "1"})
    published = Dialogue.objects.get(slug="wti-2020").toolkit_published_at
    client.post(url, {"publish": "0"})

    assert published is not None
    assert Dialogue.objects.get(slug="wti-2020").toolkit_published_at is None


def test_staff_copy_the_dialogue_from_the_staff_page(client, staff_user, design):
    signed_in(client, staff_user)

    response = client.post(reverse("dialogues:next_round", args=["wti-2020"]),
                           {"name": "We, the Internet 2021", "kind": "citizens", "slug": "wti-2021", "first_day": "2021-10-09", "last_day": ""})

    copy = Dialogue.objects.get(slug="wti-2021")
    assert response.status_code == 302
    assert (copy.first_day, copy.topics.get().questions.get().code) == (dt.date(2021, 10, 9), "di-holder")


def test_copy_with_a_taken_short_name_shows_the_error_and_keeps_the_input(client, staff_user, design):
    signed_in(client, staff_user)

    response = client.post(reverse("dialogues:next_round", args=["wti-2020"]),
                           {"name": "Round two", "kind": "citizens", "slug": "wti-2020", "first_day": "2021-10-09"})

    assert "A dialogue already uses the short name “wti-2020”." in page_text(response)
    assert 'value="Round two"' in response.content.decode()
    assert Dialogue.objects.count() == 1


def test_partners_cannot_copy_or_publish(client, design):
    client.force_login(design.member)

    assert client.get(reverse("dialogues:next_round", args=["wti-2020"])).status_code == 403
    assert client.post(reverse("dialogues:next_round", args=["wti-2020"]),
                       {"name": "X", "slug": "x", "first_day": "2021-10-09"}).status_code == 403
    assert client.post(reverse("dialogues:toolkit_publication", args=["wti-2020"]), {"publish": "1"}).status_code == 403
    assert Dialogue.objects.get(slug="wti-2020").toolkit_published_at is None
    assert Dialogue.objects.count() == 1


def test_anonymous_visitors_cannot_publish(client, design):
    response = client.post(reverse("dialogues:toolkit_publication", args=["wti-2020"]), {"publish": "1"})

    assert response.status_code == 302
    assert Dialogue.objects.get(slug="wti-2020").toolkit_published_at is None

"""A person who lost their data-rights link asks for a new one: it goes only to the
e-mail address held for them, and the page says the same whatever was typed."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from tests.factories.registrations import RegistrantFactory
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db

URL = "/en/my-data/new-link/"
SAME_ANSWER = "If we hold data under what you typed, a new link is on its way"


@pytest.fixture(autouse=True)
def _tasks_at_once(eager_tasks):
    pass


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def person(setup):
    return RegistrantFactory(site=setup.lyon, email="ines@example.net", preferred_language="fr")


def _ask(client, identifier, callbacks):
    with callbacks(execute=True):
        return client.post(URL, {"identifier": identifier}, follow=True)


def test_new_link_goes_to_the_address_held_and_opens_the_data_page(client, person, mailoutbox,
                                                                   django_capture_on_commit_callbacks):
    response = _ask(client, "Ines@Example.NET ", django_capture_on_commit_callbacks)

    assert SAME_ANSWER in response.content.decode()
    assert [mail.to for mail in mailoutbox] == [["ines@example.net"]]
    assert "Vous avez demandé un nouveau lien" in mailoutbox[0].body
    link = re.search(r"https?://\S+/my-data/\S+/", mailoutbox[0].body).group(0)
    page = client.get(link[link.index("/fr/"):])
    assert person.reference_code in page.content.decode()
    assert list(AuditEntry.objects.filter(action="registrations.rights_link.sent").values_list("target_id", "data")) == [
        (str(person.pk), {})
    ]


def test_reference_code_sends_the_link_to_the_address_held(client, person, mailoutbox,
                                                           django_capture_on_commit_callbacks):
    _ask(client, person.reference_code.lower(), django_capture_on_commit_callbacks)

    assert [mail.to for mail in mailoutbox] == [["ines@example.net"]]


def test_reference_code_typed_without_its_dash_is_found(client, person, mailoutbox, django_capture_on_commit_callbacks):
    _ask(client, person.reference_code.replace("-", "").lower(), django_capture_on_commit_callbacks)

    assert [mail.to for mail in mailoutbox] == [["ines@example.net"]]


@pytest.mark.parametrize("case", ["unknown address", "erased", "no e-mail held"])
def test_nothing_is_sent_and_the_answer_is_the_same(client, setup, mailoutbox, django_capture_on_commit_callbacks, case):
    if case == "erased":
        from registrations.domain.data_rights import erase_registrant

        person = RegistrantFactory(site=setup.lyon, email="gone@example.net")
        code = person.reference_code
        erase_registrant(person)
        identifier = code
    elif case == "no e-mail held":
        identifier = RegistrantFactory(site=setup.lyon, email="").reference_code
    else:
        identifier = "nobody@example.net"

    response = _ask(client, identifier, django_capture_on_commit_callbacks)

    assert SAME_ANSWER in response.content.decode()
    assert mailoutbox == []


def test_sixth_request_in_an_hour_is_refused_and_keeps_what_was_typed(client, person, mailoutbox,
                                                                     django_capture_on_commit_callbacks):
    for _ in range(5):
        _ask(client, "someone@example.net", django_capture_on_commit_callbacks)

    response = client.post(URL, {"identifier": "ines@example.net"})

    assert response.status_code == 429
    assert "Too many requests from your network" in response.content.decode()
    assert 'value="ines@example.net"' in response.content.decode()
    assert mailoutbox == []


def test_empty_request_says_what_is_missing(client):
    response = client.post(URL, {"identifier": " "})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_refused_link_page_offers_a_new_link(client):
    response = client.get(reverse("registrations:my_data", kwargs={"token": "bad:token"}))

    assert response.status_code == 403
    assert f'href="{URL}"' in response.content.decode()

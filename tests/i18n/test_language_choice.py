"""Which language a page is in: the URL prefix, then the signed-in user's preference,
then the browser's; and the switcher that keeps the visitor on the same page."""

import re

import pytest

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _html_tag(response):
    return re.search(r"<html [^>]*>", response.content.decode()).group(0)


def _switcher_links(response):
    html = response.content.decode()
    switcher = html[html.index('class="language-switcher"'):]
    switcher = switcher[: switcher.index("</nav>")]
    return re.findall(r'<a href="([^"]*)" lang="(\w+)"', switcher)


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("en", '<html lang="en" dir="ltr">'), ("fr", '<html lang="fr" dir="ltr">'),
     ("es", '<html lang="es" dir="ltr">'), ("ar", '<html lang="ar" dir="rtl">'),
     ("pt", '<html lang="pt" dir="ltr">')],
)
def test_url_prefix_sets_language_and_direction(client, prefix, expected):
    response = client.get(f"/{prefix}/", HTTP_ACCEPT_LANGUAGE="es")

    assert _html_tag(response) == expected


def test_unprefixed_address_follows_browser_language_for_visitors(client):
    response = client.get("/home/?tab=2", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")

    assert response.status_code == 302
    assert response["Location"] == "/ar/home/?tab=2"


def test_unprefixed_address_follows_signed_in_users_preference_over_browser(client):
    client.force_login(UserFactory(preferred_language="fr"))

    response = client.get("/home/", HTTP_ACCEPT_LANGUAGE="es")

    assert response["Location"] == "/fr/home/"


def test_url_prefix_wins_over_users_preference(client):
    client.force_login(UserFactory(preferred_language="fr"))

    response = client.get("/es/home/", HTTP_ACCEPT_LANGUAGE="ar")

    assert _html_tag(response) == '<html lang="es" dir="ltr">'


def test_unknown_browser_language_falls_back_to_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sw")

    assert response["Location"] == "/en/"


def test_switcher_links_to_same_page_with_query_string_in_every_language(client):
    response = client.get("/fr/accounts/login/?next=/fr/home/&page=2")

    assert _switcher_links(response) == [
        ("/en/accounts/login/?next=/en/home/&amp;page=2", "en"),
        ("/fr/accounts/login/?next=/fr/home/&amp;page=2", "fr"),
        ("/es/accounts/login/?next=/es/home/&amp;page=2", "es"),
        ("/ar/accounts/login/?next=/ar/home/&amp;page=2", "ar"),
        ("/pt/accounts/login/?next=/pt/home/&amp;page=2", "pt"),
    ]


def test_switcher_leaves_a_foreign_next_address_alone(client):
    response = client.get("/fr/accounts/login/?next=https://elsewhere.example/fr/")

    assert _switcher_links(response)[0] == ("/en/accounts/login/?next=https%3A//elsewhere.example/fr/", "en")


def test_switcher_names_each_language_in_itself_and_marks_current(client):
    html = client.get("/ar/").content.decode()

    assert 'lang="fr" hreflang="fr">français</a>' in html
    assert 'lang="ar" hreflang="ar" aria-current="true">العربيّة</a>' in html
    assert 'lang="pt" hreflang="pt">Português</a>' in html


def test_adding_a_language_to_settings_is_enough_for_switcher_and_address(client, settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("am", "Amharic")]

    response = client.get("/am/")

    assert _html_tag(response) == '<html lang="am" dir="ltr">'
    assert ("/am/", "am") in _switcher_links(response)
    assert ">አማርኛ</a>" in response.content.decode()

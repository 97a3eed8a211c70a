"""Control characters are refused in every form field and query parameter, before any
view stores them; tab and new lines are ordinary text."""

import pytest
from django.urls import reverse

from conduct.models import Incident

pytestmark = pytest.mark.django_db

FORM = {"kind": "incident", "description": "Insulted in the chat.", "happened_when": "Today 14:00",
        "place_kind": "online", "relation": "observed"}
MESSAGE = "Remove the invisible control characters (such as NUL) from this text: they cannot be stored."


@pytest.mark.parametrize("text", ["In\x00sulted", "bell\x07", "escape\x1b[31m", "delete\x7f", "c1\x85"])
def test_public_form_with_a_control_character_is_refused_with_a_page_naming_the_field(client, text):
    response = client.post(reverse("conduct:report"), FORM | {"description": text})

    html = response.content.decode()
    assert response.status_code == 400
    assert MESSAGE in html
    assert "<li><code>description</code></li>" in html
    assert Incident.objects.count() == 0


def test_page_is_in_the_visitors_language(client):
    response = client.post("/fr/conduct/report/", FORM | {"description": "x\x00"})

    assert response.status_code == 400
    assert "Retirez de ce texte les caractères de contrôle invisibles" in response.content.decode()


def test_query_parameter_with_a_nul_is_refused(client):
    response = client.get(reverse("conduct:report") + "?kind=%00", HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json()["errors"] == {"kind": [MESSAGE]}


def test_tabs_and_new_lines_are_kept(client):
    response = client.post(reverse("conduct:report"), FORM | {"description": "First line\r\n\tsecond line"})

    assert response.status_code == 200
    assert Incident.objects.get().description == "First line\r\n\tsecond line"


def test_the_control_character_check_is_unicodes_cc_and_cs_categories_over_every_code_point():
    """The compiled class in ``has_control_characters`` finds exactly the characters of
    categories Cc (less tab, line feed, carriage return) and Cs."""
    import sys
    import unicodedata

    from wetheinternet.core.input import has_control_characters

    expected = [
        code for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in ("Cc", "Cs") and chr(code) not in "\t\n\r"
    ]
    found = [code for code in range(sys.maxunicode + 1) if has_control_characters(f"a{chr(code)}b")]

    assert found == expected

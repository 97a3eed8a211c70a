"""The server side of the offline outbox: the checks the entry page hands the browser
(the server's own messages, in the page's language), the outbox marker on signed-in
pages only, and the service worker script."""

import json
import re

import pytest
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation

from results.domain import messages
from tests.factories.results import options_of

from .test_views_entry import counts_form, entry_url

pytestmark = pytest.mark.django_db


def page_checks(response):
    block = re.search(r'<script id="result-checks" type="application/json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(block[1])


def test_entry_page_gives_the_browser_the_table_questions_and_messages(client, setting):
    client.force_login(setting.note_taker)

    checks = page_checks(client.get(entry_url(setting.table, setting.topic, mode="counts")))

    assert {key: checks[key] for key in ("mode", "capacity", "max_open_length")} == {
        "mode": "counts", "capacity": 6, "max_open_length": 2000,
    }
    assert checks["closed"] == [
        {"id": setting.single.pk, "multiple": False, "abstention": True,
         "options": [o.pk for o in options_of(setting.single)], "most_choices": 1, "too_many": "Choose at most 1 option."},
        {"id": setting.multiple.pk, "multiple": True, "abstention": True,
         "options": [o.pk for o in options_of(setting.multiple)], "most_choices": 2, "too_many": "Choose at most 2 options."},
        {"id": setting.scale.pk, "multiple": False, "abstention": False,
         "options": [o.pk for o in options_of(setting.scale)], "most_choices": 1, "too_many": "Choose at most 1 option."},
    ]
    assert checks["open"] == [{"id": setting.open.pk, "limit": 3}]
    assert checks["messages"]["present_over_capacity"] == "The table has 6 seats: no more people can be present."
    assert checks["messages"]["counts_over_present"] == (
        "The answers to this question add up to %(total)s, more than the %(present)s people present."
    )


def test_browser_messages_are_the_ones_the_server_answers_with(client, setting):
    """The same input gives, from the server, the message the browser would show."""
    client.force_login(setting.note_taker)
    with translation.override("fr"):
        url = entry_url(setting.table, setting.topic, mode="counts")
    checks = page_checks(client.get(url))

    refused = client.post(url, counts_form(setting, present="3"), headers={"accept": "application/json"})
    unreadable = client.post(url, counts_form(setting, present="1.5"), headers={"accept": "application/json"})

    expected = checks["messages"]["counts_over_present"].replace("%(total)s", "5").replace("%(present)s", "3")
    assert refused.json()["errors"][f"count.{setting.single.pk}"] == [expected]
    assert unreadable.json()["errors"] == {"people_present": [checks["messages"]["present_required"]]}
    with translation.override("fr"):
        assert checks["messages"]["present_required"] == str(messages.PRESENT_REQUIRED)
        assert checks["messages"]["present_required"] != "Enter the number of people present: a whole number of 0 or more."


def test_entry_page_links_block_messages_to_their_fields(client, setting):
    client.force_login(setting.note_taker)

    html = client.get(entry_url(setting.table, setting.topic, mode="counts")).content.decode()

    option = options_of(setting.single)[0]
    assert f'id="f-count-{setting.single.pk}-error" data-error-for="count.{setting.single.pk}"' in html
    assert (f'aria-describedby="f-count-{setting.single.pk}-{option.pk}-error f-count-{setting.single.pk}-error"'
            in html)
    assert 'data-error-summary tabindex="-1" hidden' in html


def test_signed_in_pages_carry_the_outbox_and_anonymous_pages_do_not(client, setting):
    anonymous = client.get(reverse("conduct:code")).content.decode()
    client.force_login(setting.note_taker)
    signed_in = client.get(reverse("conduct:code")).content.decode()

    assert "data-outbox" not in anonymous and static("js/outbox.js") not in anonymous
    assert f'data-outbox data-user="{setting.note_taker.pk}"' in signed_in
    assert f'<script src="{static("js/outbox-core.js")}" defer></script>' in signed_in
    assert f'<script src="{static("js/outbox.js")}" defer></script>' in signed_in
    assert 'data-refused-status="The server did not accept this result (error %(status)s)."' in signed_in


def test_service_worker_loads_the_outbox_code_and_covers_the_result_pages(client):
    response = client.get(reverse("results:result_service_worker"))

    script = response.content.decode()
    assert response["Content-Type"] == "application/javascript"
    assert response["Service-Worker-Allowed"] == "/en/results/"
    assert f'importScripts("{static("js/outbox-core.js")}");' in script
    assert 'self.addEventListener("sync"' in script

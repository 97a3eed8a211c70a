import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.helpers import signed_in


@pytest.fixture
def coordinator_client(client, coordinator):
    return signed_in(client, coordinator)


@pytest.fixture
def staff_client(client, staff_user):
    return signed_in(client, staff_user)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def page_text(response):
    """The visible text of a page, whitespace collapsed."""
    import html as html_module
    import re

    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", html)).split())

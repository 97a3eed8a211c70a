"""Property-based run of every operation in /api/schema/ against the Django WSGI app,
signed in as a note taker with a started session: no request may cause a server error.
Bounded (a few examples per operation) so the whole run stays under a minute."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error

pytestmark = pytest.mark.django_db


@pytest.fixture
def keep_test_connection():
    """The real WSGI handler closes database connections after each request, which
    would close the test's transaction; Django's test client avoids it the same way."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def operations(schema):
    for result in schema.get_all_operations():
        yield result.ok()


def test_api_never_answers_with_a_server_error(setting, keep_test_connection):
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())
    headers = {"Authorization": f"Token {Token.objects.create(user=setting.note_taker).key}"}
    tried = []

    real_ids = {"table_id": setting.table.pk, "topic_id": setting.topic.pk}

    def on_my_table(case):
        """Half the examples aim at the note taker's own table and started session."""
        if case.path_parameters and set(real_ids) <= set(case.path_parameters):
            case.path_parameters = dict(case.path_parameters) | real_ids
        return case

    for operation in operations(schema):
        for strategy in (operation.as_strategy(), operation.as_strategy().map(on_my_table)):

            @settings(max_examples=8, deadline=None, derandomize=True, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(case=strategy)
            def call_without_server_error(case):
                response = case.call(headers=headers)
                case.validate_response(response, checks=[not_a_server_error])

            call_without_server_error()
        tried.append(operation.label)

    assert any("/api/results/tables/{table_id}/sessions/{topic_id}/submissions/" in label for label in tried)

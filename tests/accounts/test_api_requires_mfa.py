"""Staff and the conduct team get no API answer until they have set up two-factor
authentication: neither with a session nor with an API key."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories.accounts import RoleAssignmentFactory, StaffFactory
from tests.helpers import enrol_totp

pytestmark = pytest.mark.django_db

# Published reports and open data are public: no sign-in at all.
PUBLIC = {"reports-api:open-data", "reports-api:open-data-package", "reports-api:published", "api_schema", "api_docs"}


def _api_url_names(patterns=None, prefix=""):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and str(pattern.pattern).startswith("api/"):
            namespace = f"{pattern.namespace}:" if pattern.namespace else ""
            yield from ((f"{namespace}{name}", p) for name, p in _names(pattern.url_patterns))


def _names(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLPattern) and pattern.name:
            yield pattern.name, pattern


def _api_urls():
    urls = []
    for name, pattern in _api_url_names():
        if name in PUBLIC:
            continue
        arguments = {key: 1 for key in pattern.pattern.converters}
        urls.append(reverse(name, kwargs=arguments))
    return urls


def test_there_are_protected_api_endpoints_to_check():
    assert len(_api_urls()) >= 5


@pytest.mark.parametrize("make_user", [StaffFactory, lambda: RoleAssignmentFactory(role="response_lead").user])
def test_without_two_factor_every_api_endpoint_refuses_a_session(make_user):
    user = make_user()
    api = APIClient()
    api.force_login(user)

    answers = {url: api.get(url).status_code for url in _api_urls()}

    assert set(answers.values()) == {403}, answers


def test_without_two_factor_every_api_endpoint_refuses_an_api_key():
    staff = StaffFactory()
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=staff).key}")

    answers = {url: api.get(url) for url in _api_urls()}

    assert {response.status_code for response in answers.values()} == {401}
    assert "two-factor" in next(iter(answers.values())).json()["detail"]


def test_with_two_factor_the_same_key_gets_the_progress():
    staff = StaffFactory()
    enrol_totp(staff)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=staff).key}")

    assert api.get(reverse("results_api:progress")).status_code == 200

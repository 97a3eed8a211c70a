import pytest

from tests.factories.registrations import pool_at, registration_world


@pytest.fixture
def setup(db):
    """See ``registration_world``: two partners (France, Kenya) with a site each."""
    return registration_world()


def make_pool(site, count, *, features):
    return pool_at(site, count, features=features)


@pytest.fixture(autouse=True)
def _english():
    """Reversed URLs and messages in English, whatever an earlier request activated."""
    from django.utils import translation

    with translation.override("en"):
        yield

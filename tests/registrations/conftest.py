import pytest

from tests.factories.registrations import pool_at, registration_world


@pytest.fixture
def setup(db):
    """See ``registration_world``: two partners (France, Kenya) with a site each."""
    return registration_world()


def make_pool(site, count, *, features):
    return pool_at(site, count, features=features)

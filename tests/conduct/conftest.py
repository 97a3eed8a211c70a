import pytest

from tests.factories.accounts import RoleAssignmentFactory, UserFactory
from tests.factories.conduct import IncidentFactory
from tests.factories.dialogues import SiteFactory


@pytest.fixture
def response_lead(db):
    return RoleAssignmentFactory(role="response_lead").user


@pytest.fixture
def handler(db):
    return RoleAssignmentFactory(role="conduct_handler").user


@pytest.fixture
def two_sites(two_partners):
    """One site per partner, each with its own conduct contact."""
    first, second = two_partners
    return SiteFactory(partner=first, conduct_contact=UserFactory()), SiteFactory(partner=second, conduct_contact=UserFactory())


@pytest.fixture
def incident(two_sites):
    return IncidentFactory(site=two_sites[0])

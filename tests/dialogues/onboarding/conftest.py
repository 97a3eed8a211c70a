import pytest

from dialogues.enums import PartnerRole
from tests.factories.dialogues import PartnerMembershipFactory, SiteFactory


@pytest.fixture
def partner_staff(partner):
    return PartnerMembershipFactory(partner=partner, role=PartnerRole.STAFF).user


@pytest.fixture
def site_with_contact(partner, user):
    return SiteFactory(partner=partner, conduct_contact=user)

"""Fixtures shared by the dialogues tests: the first of the two partners, the other
one, and the first partner's coordinator. (Sub-folders may override them.)"""

import pytest

from dialogues.enums import PartnerRole


@pytest.fixture
def partner(two_partners):
    return two_partners[0]


@pytest.fixture
def other_partner(two_partners):
    return two_partners[1]


@pytest.fixture
def coordinator(partner):
    return partner.memberships.get(role=PartnerRole.COORDINATOR).user

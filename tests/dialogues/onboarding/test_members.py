import pytest
from django.core import mail

from dialogues.domain.errors import OnboardingError
from dialogues.domain.people import invite_partner_member
from dialogues.enums import PartnerRole

pytestmark = pytest.mark.django_db


def test_invite_partner_member_creates_account_and_membership(partner, coordinator, django_capture_on_commit_callbacks, eager_tasks):
    with django_capture_on_commit_callbacks(execute=True):
        membership = invite_partner_member(partner, email="New.Person@Example.org", role=PartnerRole.STAFF,
                                           by=coordinator, full_name="New Person")

    assert (membership.user.email, membership.role, membership.partner) == ("new.person@example.org", "staff", partner)
    assert [m.to for m in mail.outbox] == [["new.person@example.org"]]


def test_invite_partner_member_refuses_an_existing_member(partner, coordinator):
    with pytest.raises(OnboardingError) as error:
        invite_partner_member(partner, email=coordinator.email, role=PartnerRole.STAFF, by=coordinator)

    assert error.value.field == "email"
    assert error.value.message == f"{coordinator.email} is already a member of {partner.name}."


def test_invite_partner_member_refuses_an_email_in_use_by_another_partner(partner, other_partner, coordinator):
    other_member = other_partner.memberships.get().user

    with pytest.raises(OnboardingError) as error:
        invite_partner_member(partner, email=other_member.email, role=PartnerRole.STAFF, by=coordinator)

    assert error.value.message == (
        f"{other_member.email} is already in use by another partner organisation of this dialogue.")
    assert partner.memberships.count() == 1

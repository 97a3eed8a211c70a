"""The onboarding step where a partner's coordinator accepts the code of conduct: owned
by conduct, at the path dialogues served it from, ticking dialogues' checklist."""

import pytest
from django.urls import reverse

from conduct.models import Acceptance
from dialogues.enums import PartnerRole
from dialogues.models import OnboardingChecklist
from tests.factories.conduct import PublishedVersionFactory
from tests.factories.dialogues import PartnerMembershipFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(two_partners):
    return two_partners[0]


@pytest.fixture
def coordinator(partner):
    return partner.memberships.get(role=PartnerRole.COORDINATOR).user


def _url(partner):
    return reverse("conduct:partner_acceptance", args=[partner.pk])


def test_step_keeps_the_path_it_had_under_dialogues(partner):
    assert _url(partner) == f"/en/partners/{partner.pk}/code-of-conduct/"


def test_coordinator_reads_the_published_version_before_accepting(client, partner, coordinator):
    signed_in(client, coordinator)  # before publication: the sign-in does not ask for the code first
    PublishedVersionFactory(title="Respect at every table", body="No harassment.")

    page = client.get(_url(partner)).content.decode()

    assert "Respect at every table" in page
    assert "No harassment." in page


def test_acceptance_needs_the_tick(client, partner, coordinator):
    response = signed_in(client, coordinator).post(_url(partner), {})

    assert "Tick the box to accept the code of conduct." in response.content.decode()
    assert not OnboardingChecklist.objects.filter(partner=partner, conduct_accepted_at__isnull=False).exists()


def test_acceptance_records_the_published_version_for_the_signer_and_ticks_the_checklist(client, partner, coordinator):
    signed_in(client, coordinator)
    version = PublishedVersionFactory()

    response = client.post(_url(partner), {"accept": "on"})

    assert response.url == reverse("dialogues:partner_detail", args=[partner.pk])
    acceptance = Acceptance.objects.get()
    assert (acceptance.version, acceptance.user, acceptance.dialogue, acceptance.method) == (
        version, coordinator, partner.dialogue, "online")
    assert OnboardingChecklist.objects.get(partner=partner).conduct_accepted_by == coordinator


def test_acceptance_without_a_published_version_ticks_the_checklist_only(client, partner, coordinator):
    signed_in(client, coordinator).post(_url(partner), {"accept": "on"})

    assert OnboardingChecklist.objects.get(partner=partner).conduct_accepted_by == coordinator
    assert not Acceptance.objects.exists()


def test_coordinator_of_another_partner_is_refused(client, two_partners):
    partner, other = two_partners
    stranger = other.memberships.get(role=PartnerRole.COORDINATOR).user

    response = signed_in(client, stranger).post(_url(partner), {"accept": "on"})

    assert response.status_code == 403
    assert not Acceptance.objects.exists()


def test_partner_staff_who_is_not_coordinator_is_refused(client, partner):
    staff_member = PartnerMembershipFactory(partner=partner, role=PartnerRole.STAFF).user

    assert signed_in(client, staff_member).post(_url(partner), {"accept": "on"}).status_code == 403


def test_unknown_partner_is_refused_like_another_partners_one(client, coordinator):
    """Outsiders cannot tell an unknown id from another partner's (docs/access.md, "Isolation")."""
    assert signed_in(client, coordinator).get(reverse("conduct:partner_acceptance", args=[999999])).status_code == 403

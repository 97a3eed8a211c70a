import pytest
from django.core import mail
from django.urls import reverse

from dialogues.models import PartnerMembership
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory, SiteFactory
from tests.factories.onboarding import PartnerApplicationFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, staff_user):
    """Organiser staff as they are given: the permission group, not superuser status."""
    return signed_in(client, staff_user)


def test_partner_changelist_filters_by_state_country_and_region(admin_client):
    PartnerFactory(name="Lyon partner", countries=["FR"], state="ready")
    PartnerFactory(name="Nairobi partner", countries=["KE", "TZ"], state="trained")
    url = reverse("admin:dialogues_partner_changelist")

    def names(params):
        return sorted(p.name for p in admin_client.get(url, params).context["cl"].result_list)

    assert names({"state__exact": "trained"}) == ["Nairobi partner"]
    assert names({"country": "TZ"}) == ["Nairobi partner"]
    assert names({"region": "150"}) == ["Lyon partner"]
    assert names({"region": "002"}) == ["Nairobi partner"]


def test_site_changelist_filters_by_region(admin_client):
    SiteFactory(name="Suva", country="FJ", time_zone="Pacific/Fiji")
    SiteFactory(name="Lyon", country="FR")

    response = admin_client.get(reverse("admin:dialogues_site_changelist"), {"region": "009"})

    assert [site.name for site in response.context["cl"].result_list] == ["Suva"]


def test_admin_action_approves_and_invites(admin_client):
    application = PartnerApplicationFactory(coordinator_email="ada@example.org")

    admin_client.post(reverse("admin:dialogues_partner_changelist"),
                      {"action": "approve_partners", "_selected_action": [application.partner.pk]})

    application.refresh_from_db()
    assert application.decision == "approved"
    assert PartnerMembership.objects.get(partner=application.partner).user.email == "ada@example.org"


def test_admin_action_sends_reminders(admin_client, django_capture_on_commit_callbacks, eager_tasks):
    membership = PartnerMembershipFactory()

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("admin:dialogues_partner_changelist"),
                          {"action": "send_reminder", "_selected_action": [membership.partner.pk]})

    assert [m.to for m in mail.outbox] == [[membership.user.email]]

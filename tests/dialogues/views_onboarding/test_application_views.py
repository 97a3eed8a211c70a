import pytest
from django.urls import reverse

from dialogues.models import Partner, PartnerApplication, PartnerMembership
from tests.factories.dialogues import DialogueFactory
from tests.factories.onboarding import PartnerApplicationFactory

from .conftest import count_queries, page_text

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Ubuntu Digital Forum", "countries": ["ZA", "BW"], "website": "https://ubuntu.example.org",
    "description": "Community libraries.", "coordinator_name": "Thandiwe Nkosi",
    "coordinator_email": "thandiwe@example.org", "coordinator_language": "en", "motivation": "We want a say.",
}


def test_apply_creates_an_application_and_thanks(client):
    dialogue = DialogueFactory(status="partners_onboarding")

    response = client.post(reverse("dialogues:apply", args=[dialogue.slug]), FORM, follow=True)

    assert "Thank you: your application is sent" in page_text(response)
    application = PartnerApplication.objects.get()
    assert (application.partner.name, application.partner.state, application.coordinator_email) == (
        "Ubuntu Digital Forum", "applied", "thandiwe@example.org")


def test_apply_with_a_name_taken_keeps_what_was_typed(client):
    dialogue = DialogueFactory(status="partners_onboarding")
    client.post(reverse("dialogues:apply", args=[dialogue.slug]), FORM)

    response = client.post(reverse("dialogues:apply", args=[dialogue.slug]), FORM | {"coordinator_email": "x@example.org"})

    assert "An organisation with this name has already applied." in page_text(response)
    assert 'value="x@example.org"' in response.content.decode()
    assert Partner.objects.count() == 1


def test_apply_to_a_closed_dialogue_is_not_found(client):
    dialogue = DialogueFactory(status="closed")

    assert client.get(reverse("dialogues:apply", args=[dialogue.slug])).status_code == 404


def test_staff_approve_application_invites_coordinator(staff_client):
    application = PartnerApplicationFactory(coordinator_email="ada@example.org")

    response = staff_client.post(reverse("dialogues:application_decide", args=[application.pk]),
                                 {"decision": "approve", "message": ""}, follow=True)

    assert f"Decision recorded for {application.partner.name}." in page_text(response)
    assert PartnerMembership.objects.get(partner=application.partner).user.email == "ada@example.org"


def test_staff_decline_without_message_shows_the_error(staff_client):
    application = PartnerApplicationFactory()

    response = staff_client.post(reverse("dialogues:application_decide", args=[application.pk]),
                                 {"decision": "decline", "message": ""})

    assert "Tell the applicant why their application is declined." in page_text(response)
    application.refresh_from_db()
    assert application.decision == "pending"


def test_partner_member_cannot_decide_applications(client, coordinator):
    application = PartnerApplicationFactory()
    client.force_login(coordinator)

    response = client.post(reverse("dialogues:application_decide", args=[application.pk]), {"decision": "approve"})

    assert response.status_code == 403
    application.refresh_from_db()
    assert application.decision == "pending"


def test_application_list_query_count_does_not_grow(staff_client):
    PartnerApplicationFactory()
    url = reverse("dialogues:application_list")
    one = count_queries(staff_client, url)
    PartnerApplicationFactory.create_batch(2)

    assert count_queries(staff_client, url) == one

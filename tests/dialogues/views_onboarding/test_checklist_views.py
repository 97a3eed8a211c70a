import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dialogues.domain.training import QUIZ
from dialogues.enums import PartnerRole
from dialogues.models import TrainingAttempt
from tests.factories.dialogues import PartnerMembershipFactory
from tests.helpers import signed_in

from .conftest import page_text

pytestmark = pytest.mark.django_db

RIGHT = {question.code: question.correct for question in QUIZ}


def test_coordinator_signs_agreement_online(coordinator_client, partner):
    response = coordinator_client.post(reverse("dialogues:agreement", args=[partner.pk]), {"accept": "on"}, follow=True)

    assert "The partner agreement is signed." in page_text(response)
    assert partner.checklist.agreement_method == "click_through"


def test_coordinator_uploads_signed_agreement(coordinator_client, partner):
    upload = SimpleUploadedFile("signed.pdf", b"%PDF-1.4", content_type="application/pdf")

    coordinator_client.post(reverse("dialogues:agreement", args=[partner.pk]), {"signed_copy": upload})

    partner.refresh_from_db()
    assert (partner.checklist.agreement_method, partner.checklist.agreement_file.filename) == ("upload", "signed.pdf")


def test_agreement_without_tick_or_file_is_refused(coordinator_client, partner):
    response = coordinator_client.post(reverse("dialogues:agreement", args=[partner.pk]), {})

    assert "Tick the box to sign online, or upload a signed copy." in page_text(response)


def test_partner_staff_cannot_sign_the_agreement(client, partner):
    member = PartnerMembershipFactory(partner=partner, role=PartnerRole.STAFF).user
    client.force_login(member)

    assert client.post(reverse("dialogues:agreement", args=[partner.pk]), {"accept": "on"}).status_code == 403


def test_coordinator_cannot_sign_for_another_partner(coordinator_client, other_partner):
    response = coordinator_client.post(reverse("dialogues:agreement", args=[other_partner.pk]), {"accept": "on"})

    assert response.status_code == 403
    assert not hasattr(other_partner, "checklist") or other_partner.checklist.agreement_signed_at is None


def test_training_failed_attempt_is_recorded_and_explained(coordinator_client, partner):
    answers = RIGHT | {"purpose": "newsletter", "paper": "archive"}

    response = coordinator_client.post(reverse("dialogues:training", args=[partner.pk]), answers)

    assert "3 of 5 correct; 4 are needed. Read the lesson again and retry." in page_text(response)
    assert list(TrainingAttempt.objects.values_list("score", "passed")) == [(3, False)]


def test_training_pass_returns_to_the_dashboard(coordinator_client, partner):
    response = coordinator_client.post(reverse("dialogues:training", args=[partner.pk]), RIGHT, follow=True)

    assert "Passed: 5 of 5 correct." in page_text(response)
    assert response.redirect_chain[-1][0] == reverse("dialogues:partner_detail", args=[partner.pk])


def test_training_of_another_partner_is_refused(coordinator_client, other_partner):
    assert coordinator_client.post(reverse("dialogues:training", args=[other_partner.pk]), RIGHT).status_code == 403
    assert not TrainingAttempt.objects.exists()


def test_materials_received_by_member(coordinator_client, partner):
    response = coordinator_client.post(reverse("dialogues:materials", args=[partner.pk]), follow=True)

    assert "Materials marked as received." in page_text(response)
    assert partner.checklist.materials_received_at is not None


def test_materials_of_another_partner_refused(coordinator_client, other_partner):
    assert coordinator_client.post(reverse("dialogues:materials", args=[other_partner.pk])).status_code == 403


def test_staff_sends_reminder(client, staff_user, partner, coordinator, django_capture_on_commit_callbacks, eager_tasks):
    signed_in(client, staff_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("dialogues:remind", args=[partner.pk]), follow=True)

    assert f"Reminder sent to {partner.name}." in page_text(response)
    assert [m.to for m in mail.outbox] == [[coordinator.email]]


def test_partner_cannot_send_reminders(coordinator_client, partner):
    assert coordinator_client.post(reverse("dialogues:remind", args=[partner.pk])).status_code == 403


def test_invite_member_with_email_in_use_shows_error(coordinator_client, partner, other_partner):
    other_email = other_partner.memberships.get().user.email

    response = coordinator_client.post(reverse("dialogues:invite_member", args=[partner.pk]),
                                       {"email": other_email, "role": "staff", "language": "en"})

    assert f"{other_email} is already in use by another partner organisation of this dialogue." in page_text(response)
    assert partner.memberships.count() == 1


def test_invite_member_adds_colleague(coordinator_client, partner):
    response = coordinator_client.post(reverse("dialogues:invite_member", args=[partner.pk]),
                                       {"email": "colleague@example.org", "role": "staff", "language": "fr"}, follow=True)

    assert "Invitation sent to colleague@example.org." in page_text(response)
    assert partner.memberships.filter(user__email="colleague@example.org", role="staff").exists()


def test_invite_member_to_another_partner_refused(coordinator_client, other_partner):
    response = coordinator_client.post(reverse("dialogues:invite_member", args=[other_partner.pk]),
                                       {"email": "spy@example.org", "role": "coordinator", "language": "en"})

    assert response.status_code == 403
    assert not other_partner.memberships.filter(user__email="spy@example.org").exists()

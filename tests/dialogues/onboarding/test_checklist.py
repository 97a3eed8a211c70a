import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from dialogues.domain.errors import OnboardingError
from dialogues.domain.materials import acknowledge_current_materials
from dialogues.domain.onboarding import (
    record_conduct_accepted,
    record_training_attempt,
    send_onboarding_reminder,
    sign_agreement,
)
from dialogues.domain.queries.onboarding import checklist_items, missing_items
from dialogues.domain.training import QUIZ
from dialogues.enums import OnboardingState
from dialogues.models import TrainingAttempt
from tests.factories.dialogues import SiteFactory
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db

RIGHT = {question.code: question.correct for question in QUIZ}


def _wrong(count):
    answers = dict(RIGHT)
    for question in QUIZ[:count]:
        answers[question.code] = next(code for code, _label in question.options if code != question.correct)
    return answers


def _complete_all_but(partner, coordinator, skip):
    steps = {
        "agreement": lambda: sign_agreement(partner, by=coordinator),
        "training": lambda: record_training_attempt(partner, by=coordinator, answers=RIGHT),
        "conduct": lambda: record_conduct_accepted(partner, by=coordinator),
        "materials": lambda: acknowledge_current_materials(partner, by=coordinator),
    }
    for code, step in steps.items():
        if code != skip:
            step()


def test_checklist_of_new_partner_lists_five_open_items(partner):
    items = checklist_items(partner)

    assert [(item.code, item.done) for item in items] == [
        ("agreement", False), ("training", False), ("conduct", False), ("conduct_contacts", False), ("materials", False)]
    assert items[3].detail == "Add your sites, each with a conduct contact."


def test_partner_is_ready_only_when_every_item_is_done(partner, coordinator, site_with_contact):
    partner.state = OnboardingState.APPROVED
    partner.save()

    _complete_all_but(partner, coordinator, skip="materials")
    partner.refresh_from_db()
    assert partner.state == OnboardingState.TRAINED
    assert [item.code for item in missing_items(partner)] == ["materials"]

    acknowledge_current_materials(partner, by=coordinator)
    partner.refresh_from_db()
    assert partner.state == OnboardingState.READY
    assert missing_items(partner) == []


def test_site_without_conduct_contact_keeps_partner_from_ready(partner, coordinator, site_with_contact):
    SiteFactory(partner=partner, conduct_contact=None)
    partner.state = OnboardingState.APPROVED
    partner.save()

    _complete_all_but(partner, coordinator, skip=None)

    partner.refresh_from_db()
    assert partner.state == OnboardingState.TRAINED
    assert [(item.code, item.detail) for item in missing_items(partner)] == [
        ("conduct_contacts", "1 of 2 sites have no conduct contact yet.")]


def test_states_follow_agreement_then_training(partner, coordinator):
    partner.state = OnboardingState.APPROVED
    partner.save()

    sign_agreement(partner, by=coordinator)
    partner.refresh_from_db()
    assert partner.state == OnboardingState.AGREEMENT_SIGNED

    record_training_attempt(partner, by=coordinator, answers=RIGHT)
    partner.refresh_from_db()
    assert partner.state == OnboardingState.TRAINED
    assert list(AuditEntry.objects.filter(action="dialogues.partner.state_changed").values_list("data", flat=True)) == [
        {"from": "agreement_signed", "to": "trained"}, {"from": "approved", "to": "agreement_signed"}]


def test_sign_agreement_click_through_records_who_and_when(partner, coordinator):
    checklist = sign_agreement(partner, by=coordinator)

    assert (checklist.agreement_method, checklist.agreement_signed_by) == ("click_through", coordinator)
    assert checklist.agreement_signed_at is not None


def test_sign_agreement_upload_stores_the_file(partner, coordinator):
    upload = SimpleUploadedFile("signed.pdf", b"%PDF-1.4 signed", content_type="application/pdf")

    checklist = sign_agreement(partner, by=coordinator, upload=upload)

    assert checklist.agreement_method == "upload"
    assert (checklist.agreement_file.filename, checklist.agreement_file.file.read()) == ("signed.pdf", b"%PDF-1.4 signed")


def test_sign_agreement_refuses_other_file_types(partner, coordinator):
    upload = SimpleUploadedFile("signed.exe", b"MZ", content_type="application/octet-stream")

    with pytest.raises(OnboardingError) as error:
        sign_agreement(partner, by=coordinator, upload=upload)

    assert error.value.message == "Upload the signed agreement as a PDF, PNG or JPEG file."


def test_training_attempts_are_all_recorded_with_pass_mark(partner, coordinator):
    failed = record_training_attempt(partner, by=coordinator, answers=_wrong(2))
    passed = record_training_attempt(partner, by=coordinator, answers=_wrong(1))

    assert (failed.score, failed.passed) == (3, False)
    assert (passed.score, passed.passed) == (4, True)
    assert TrainingAttempt.objects.filter(partner=partner).count() == 2


def test_training_attempt_with_unanswered_question_is_refused(partner, coordinator):
    answers = dict(RIGHT)
    answers.pop("breach")

    with pytest.raises(OnboardingError) as error:
        record_training_attempt(partner, by=coordinator, answers=answers)

    assert (error.value.field, error.value.message) == ("breach", "Answer every question of the quiz.")
    assert not TrainingAttempt.objects.exists()


def test_conduct_step_records_who_accepted_and_which_version(partner, coordinator):
    checklist = record_conduct_accepted(partner, by=coordinator, version_id=7)

    assert checklist.conduct_accepted_by == coordinator
    entry = AuditEntry.objects.get(action="dialogues.partner.conduct_accepted")
    assert (entry.actor, entry.data) == (coordinator, {"version": 7})


def test_send_onboarding_reminder_emails_coordinators_what_is_left(partner, staff_user, coordinator,
                                                                   django_capture_on_commit_callbacks, eager_tasks):
    sign_agreement(partner, by=coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        sent = send_onboarding_reminder(partner, by=staff_user)

    assert sent == 1
    assert mail.outbox[0].to == [coordinator.email]
    assert "- Data-privacy training passed" in mail.outbox[0].body
    assert "Partner agreement signed" not in mail.outbox[0].body


def test_send_onboarding_reminder_when_ready_sends_nothing(partner, staff_user, coordinator, site_with_contact):
    _complete_all_but(partner, coordinator, skip=None)

    assert send_onboarding_reminder(partner, by=staff_user) == 0
    assert mail.outbox == []

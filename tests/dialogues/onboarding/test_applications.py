import pytest
from django.core import mail

from dialogues.domain.applications import apply_as_partner, approve_application, decline_application
from dialogues.domain.errors import OnboardingError
from dialogues.enums import ApplicationDecision, OnboardingState, PartnerRole
from dialogues.models import Partner, PartnerMembership
from tests.factories.dialogues import DialogueFactory, PartnerMembershipFactory
from tests.factories.onboarding import PartnerApplicationFactory
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _apply(dialogue, **overrides):
    values = {
        "name": "Ubuntu Digital Forum", "countries": ["ZA", "BW"], "coordinator_name": "Thandiwe Nkosi",
        "coordinator_email": "Thandiwe@Example.org", "motivation": "We host digital-skills clubs.",
        "coordinator_language": "en",
    }
    return apply_as_partner(dialogue, **(values | overrides))


def test_apply_as_partner_creates_applied_partner_with_application():
    dialogue = DialogueFactory()

    application = _apply(dialogue)

    partner = Partner.objects.get(dialogue=dialogue)
    assert (partner.name, partner.state, [c.code for c in partner.countries]) == ("Ubuntu Digital Forum", "applied", ["BW", "ZA"])
    assert application.coordinator_email == "thandiwe@example.org"
    assert application.decision == ApplicationDecision.PENDING
    assert AuditEntry.objects.filter(action="dialogues.partner.applied").count() == 1


def test_apply_as_partner_refuses_a_name_already_taken():
    dialogue = DialogueFactory()
    _apply(dialogue)

    with pytest.raises(OnboardingError) as error:
        _apply(dialogue, name="ubuntu digital forum ", coordinator_email="other@example.org")

    assert (error.value.field, error.value.message) == ("name", "An organisation with this name has already applied.")


def test_apply_as_partner_refuses_an_email_already_in_use_by_a_partner():
    dialogue = DialogueFactory()
    membership = PartnerMembershipFactory(partner__dialogue=dialogue)

    with pytest.raises(OnboardingError) as error:
        _apply(dialogue, coordinator_email=membership.user.email.upper())

    assert error.value.field == "coordinator_email"
    assert error.value.message == "This e-mail address is already in use for this dialogue."


def test_apply_as_partner_refuses_an_email_of_a_pending_application():
    dialogue = DialogueFactory()
    _apply(dialogue)

    with pytest.raises(OnboardingError) as error:
        _apply(dialogue, name="Another organisation")

    assert error.value.field == "coordinator_email"


def test_approve_application_invites_the_coordinator(staff_user, django_capture_on_commit_callbacks, eager_tasks):
    application = PartnerApplicationFactory(coordinator_email="ada@example.org", coordinator_name="Ada Lovelace")

    with django_capture_on_commit_callbacks(execute=True):
        approve_application(application, by=staff_user, message="Welcome aboard.")

    application.refresh_from_db()
    membership = PartnerMembership.objects.get(partner=application.partner)
    assert (application.decision, application.decided_by, application.partner.state) == ("approved", staff_user, "approved")
    assert (membership.user.email, membership.user.full_name, membership.role) == (
        "ada@example.org", "Ada Lovelace", PartnerRole.COORDINATOR)
    assert [m.to for m in mail.outbox] == [["ada@example.org"]]


def test_approve_application_twice_is_refused(staff_user):
    application = PartnerApplicationFactory()
    approve_application(application, by=staff_user)

    with pytest.raises(OnboardingError) as error:
        approve_application(application, by=staff_user)

    assert error.value.message == "This application has already been decided."


def test_decline_application_sends_the_message(staff_user, django_capture_on_commit_callbacks, eager_tasks):
    application = PartnerApplicationFactory(coordinator_email="ada@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        decline_application(application, by=staff_user, message="We already have a partner in your country.")

    application.partner.refresh_from_db()
    assert application.partner.state == OnboardingState.DECLINED
    assert [(m.to, m.body) for m in mail.outbox] == [(["ada@example.org"], "We already have a partner in your country.")]
    assert not PartnerMembership.objects.exists()


def test_decline_application_without_message_is_refused(staff_user):
    application = PartnerApplicationFactory()

    with pytest.raises(OnboardingError) as error:
        decline_application(application, by=staff_user, message="  ")

    assert error.value.field == "message"
    application.refresh_from_db()
    assert application.decision == ApplicationDecision.PENDING

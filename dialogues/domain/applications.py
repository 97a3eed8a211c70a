"""The self-service partner application: an organisation applies on a public form,
staff approve (which invites the coordinator) or decline with a message."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action
from wetheinternet.core.messaging.queue import send_templated_mail
from wetheinternet.core.outbox import defer

from ..enums import ApplicationDecision, OnboardingState, PartnerRole
from ..models import Partner, PartnerApplication
from .errors import OnboardingError
from .people import email_used_by_a_partner, invite_partner_member, normalise_email


def apply_as_partner(dialogue, *, name, countries, coordinator_name, coordinator_email, motivation,
                     coordinator_language="en", website="", description=""):
    """Create a partner in the state "applied" with its application.

    Refuses a name already taken in the dialogue and a coordinator e-mail already used by
    a partner of the dialogue. Side effects: two rows, audit entry
    ``dialogues.partner.applied`` (no actor: the applicant has no account)."""
    email = normalise_email(coordinator_email)
    if Partner.objects.filter(dialogue=dialogue, name__iexact=name.strip()).exists():
        raise OnboardingError(_("An organisation with this name has already applied."), field="name")
    if email_used_by_a_partner(email, dialogue) or PartnerApplication.objects.filter(
        partner__dialogue=dialogue, coordinator_email=email, decision=ApplicationDecision.PENDING
    ).exists():
        raise OnboardingError(_("This e-mail address is already in use for this dialogue."), field="coordinator_email")
    with transaction.atomic():
        partner = Partner.objects.create(
            dialogue=dialogue, name=name.strip(), countries=countries, website=website,
            description=description, contact_email=email, state=OnboardingState.APPLIED,
        )
        application = PartnerApplication.objects.create(
            partner=partner, coordinator_name=coordinator_name, coordinator_email=email,
            coordinator_language=coordinator_language, motivation=motivation,
        )
        log_action("dialogues.partner.applied", target=partner, data={"countries": list(map(str, countries))})
    return application


def _decide(application, decision, *, by, message):
    if application.decision != ApplicationDecision.PENDING:
        raise OnboardingError(_("This application has already been decided."))
    application.decision = decision
    application.decision_message = message
    application.decided_at = timezone.now()
    application.decided_by = by
    application.save(update_fields=["decision", "decision_message", "decided_at", "decided_by"])


def approve_application(application, *, by, message=""):
    """Approve: the partner moves to "approved" and its coordinator is invited (the
    message goes into the invitation). Side effects: application decision, partner state,
    account and membership (invitation e-mail), audit entry ``dialogues.partner.approved``."""
    with transaction.atomic():
        _decide(application, ApplicationDecision.APPROVED, by=by, message=message)
        partner = application.partner
        partner.state = OnboardingState.APPROVED
        partner.save(update_fields=["state", "updated_at"])
        invite_partner_member(
            partner, email=application.coordinator_email, role=PartnerRole.COORDINATOR, by=by,
            full_name=application.coordinator_name, language=application.coordinator_language,
        )
        log_action("dialogues.partner.approved", actor=by, target=partner)
    return application


def decline_application(application, *, by, message):
    """Decline with a message to the applicant. Side effects: application decision,
    partner state "declined", one e-mail sent by a worker (a deferred task), audit entry ``dialogues.partner.declined``."""
    if not message.strip():
        raise OnboardingError(_("Tell the applicant why their application is declined."), field="message")
    with transaction.atomic():
        _decide(application, ApplicationDecision.DECLINED, by=by, message=message)
        partner = application.partner
        partner.state = OnboardingState.DECLINED
        partner.save(update_fields=["state", "updated_at"])
        log_action("dialogues.partner.declined", actor=by, target=partner)
        defer("dialogues.tasks.send_application_decline", application.pk)
    return application


def email_decline(application):
    """The worker's part of ``decline_application``: e-mail the decision message."""
    send_templated_mail(application.coordinator_email, "dialogues/email/application_declined",
                        {"application": application}, application.coordinator_language,
                        purpose="dialogues.application_declined", dialogue_id=application.partner.dialogue_id)

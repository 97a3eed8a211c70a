"""The onboarding checklist: each step records who and when, then the partner's state
is recomputed. A partner is "ready" only when the whole checklist is complete."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action
from wetheinternet.core.files import store_file
from wetheinternet.core.messaging.queue import send_templated_mail
from wetheinternet.core.outbox import defer

from ..enums import AgreementMethod, OnboardingState, PartnerRole
from ..models import Partner, TrainingAttempt
from .errors import OnboardingError
from .queries.onboarding import checklist_items, checklist_of, missing_items
from .training import PASS_MARK, QUIZ, score_answers

AGREEMENT_MAX_BYTES = 5 * 1024 * 1024
AGREEMENT_CONTENT_TYPES = {"application/pdf", "image/png", "image/jpeg"}
# States before approval (or after a refusal) are not moved by the checklist.
_NOT_ONBOARDING = {OnboardingState.APPLIED, OnboardingState.DECLINED}


def refresh_onboarding_state(partner, *, by):
    """Move ``partner`` to the state its checklist supports (forward or back).

    Side effects: saves the state, audit entry ``dialogues.partner.state_changed``."""
    if partner.state in _NOT_ONBOARDING:
        return partner.state
    done = {item.code: item.done for item in checklist_items(Partner.objects.get(pk=partner.pk))}
    if all(done.values()):
        state = OnboardingState.READY
    elif done["agreement"] and done["training"]:
        state = OnboardingState.TRAINED
    elif done["agreement"]:
        state = OnboardingState.AGREEMENT_SIGNED
    elif partner.state == OnboardingState.INVITED:
        state = OnboardingState.INVITED
    else:
        state = OnboardingState.APPROVED
    if state != partner.state:
        log_action("dialogues.partner.state_changed", actor=by, target=partner, data={"from": partner.state, "to": state})
        partner.state = state
        Partner.objects.filter(pk=partner.pk).update(state=state)
    return state


def sign_agreement(partner, *, by, upload=None):
    """Record the partner agreement: accepted online (no ``upload``) or a signed copy.

    Side effects: stores the uploaded file privately, updates the checklist, audit entry
    ``dialogues.partner.agreement_signed``, state refresh."""
    if upload is not None:
        if upload.size > AGREEMENT_MAX_BYTES:
            raise OnboardingError(_("The signed agreement must be smaller than 5 MB."), field="signed_copy")
        if upload.content_type not in AGREEMENT_CONTENT_TYPES:
            raise OnboardingError(_("Upload the signed agreement as a PDF, PNG or JPEG file."), field="signed_copy")
    with transaction.atomic():
        checklist = checklist_of(partner)
        if upload is not None:
            checklist.agreement_file = store_file(
                upload.read(), filename=upload.name[-100:], content_type=upload.content_type
            )
        checklist.agreement_method = AgreementMethod.UPLOAD if upload is not None else AgreementMethod.CLICK_THROUGH
        checklist.agreement_signed_at = timezone.now()
        checklist.agreement_signed_by = by
        checklist.save()
        log_action("dialogues.partner.agreement_signed", actor=by, target=partner,
                   data={"method": checklist.agreement_method})
        refresh_onboarding_state(partner, by=by)
    return checklist


def record_training_attempt(partner, *, by, answers):
    """Score one attempt at the data-privacy quiz (``answers``: {question code: option
    code}); every attempt is kept. Side effects: a TrainingAttempt row, audit entry
    ``dialogues.partner.training_attempted``, state refresh when passed."""
    unanswered = [question.code for question in QUIZ if not answers.get(question.code)]
    if unanswered:
        raise OnboardingError(_("Answer every question of the quiz."), field=unanswered[0])
    score = score_answers(answers)
    with transaction.atomic():
        attempt = TrainingAttempt.objects.create(
            partner=partner, user=by, score=score, question_count=len(QUIZ), passed=score >= PASS_MARK,
            answers={question.code: answers[question.code] for question in QUIZ},
        )
        log_action("dialogues.partner.training_attempted", actor=by, target=partner,
                   data={"score": score, "passed": attempt.passed})
        refresh_onboarding_state(partner, by=by)
    return attempt


def record_conduct_accepted(partner, *, by, version_id=None):
    """Tick the checklist's code-of-conduct step: ``by`` accepted the code on the partner's
    behalf (version ``version_id`` of the published code, or the short text shown when
    none is published). The conduct app records the acceptance itself
    (``conduct.domain.acceptance.accept_code_for_partner``) and then calls this.

    Side effects: checklist update, audit entry ``dialogues.partner.conduct_accepted``,
    state refresh."""
    with transaction.atomic():
        checklist = checklist_of(partner)
        checklist.conduct_accepted_at = timezone.now()
        checklist.conduct_accepted_by = by
        checklist.save(update_fields=["conduct_accepted_at", "conduct_accepted_by"])
        log_action("dialogues.partner.conduct_accepted", actor=by, target=partner, data={"version": version_id})
        refresh_onboarding_state(partner, by=by)
    return checklist


def send_onboarding_reminder(partner, *, by):
    """E-mail the partner's coordinators what is left on their checklist. Returns the
    number of e-mails sent (0 when the checklist is complete or nobody can be reached).

    Side effects: e-mails sent by a worker (a deferred task), ``last_reminder_at``, audit entry
    ``dialogues.partner.reminder_sent``."""
    missing = missing_items(partner)
    coordinators = [m.user for m in partner.memberships.filter(role=PartnerRole.COORDINATOR).select_related("user")]
    if not missing or not coordinators:
        return 0
    with transaction.atomic():
        checklist = checklist_of(partner)
        checklist.last_reminder_at = timezone.now()
        checklist.save(update_fields=["last_reminder_at"])
        log_action("dialogues.partner.reminder_sent", actor=by, target=partner,
                   data={"missing": [item.code for item in missing]})
        defer("dialogues.tasks.send_onboarding_reminder_emails", partner.pk, [user.pk for user in coordinators])
    return len(coordinators)


def email_reminder(partner, coordinators):
    """The worker's part of ``send_onboarding_reminder``: one e-mail per coordinator."""
    for user in coordinators:
        send_templated_mail(user.email, "dialogues/email/onboarding_reminder",
                            lambda user=user: {"user": user, "partner": partner, "missing": missing_items(partner)},
                            user.preferred_language, purpose="dialogues.onboarding_reminder",
                            recipient_key=f"user:{user.pk}", dialogue_id=partner.dialogue_id)

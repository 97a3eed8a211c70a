"""The partner's onboarding checklist steps, member invitations and staff reminders."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.forms import posted, posted_files, show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain import onboarding
from ..domain.errors import DialoguesError
from ..domain.materials import acknowledge_current_materials
from ..domain.people import invite_partner_member
from ..domain.training import LESSON, PASS_MARK, QUIZ
from ..interfaces.onboarding_forms import AgreementForm, InviteMemberForm, TrainingQuizForm
from ..models import Partner

partner_by_pk = visible_getter(Partner)


def _partner(request, pk):
    return get_visible_or_404(Partner.objects.select_related("dialogue"), request.user, pk=pk)


def _step(request, pk, form_class, act, template, extra=None):
    """Show a checklist step's form; on a valid post, run ``act`` and go back to the partner."""
    partner = _partner(request, pk)
    form = form_class(posted(request), posted_files(request))
    if request.method == "POST" and form.is_valid():
        try:
            act(partner, form.cleaned_data)
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            return redirect("dialogues:partner_detail", pk=partner.pk)
    return render(request, template, {"partner": partner, "form": form, **(extra or {})})


@permission_required("dialogues.sign_agreement", fn=partner_by_pk)
def agreement(request, pk):
    def act(partner, data):
        onboarding.sign_agreement(partner, by=request.user, upload=data.get("signed_copy"))
        messages.success(request, _("The partner agreement is signed."))

    return _step(request, pk, AgreementForm, act, "dialogues/onboarding/agreement.html")


@permission_required("dialogues.take_training", fn=partner_by_pk)
def training(request, pk):
    result = {}

    def act(partner, data):
        attempt = onboarding.record_training_attempt(partner, by=request.user, answers=data)
        result["attempt"] = attempt
        if attempt.passed:
            messages.success(request, _("Passed: %(score)s of %(total)s correct.") % {
                "score": attempt.score, "total": attempt.question_count})
        else:
            raise DialoguesError(_("%(score)s of %(total)s correct; %(pass)s are needed. Read the lesson again and retry.")
                                 % {"score": attempt.score, "total": attempt.question_count, "pass": PASS_MARK})

    partner = _partner(request, pk)
    attempts = partner.training_attempts.filter(user=request.user)[:5]
    extra = {"lesson": LESSON, "pass_mark": PASS_MARK, "question_count": len(QUIZ), "attempts": attempts}
    return _step(request, pk, TrainingQuizForm, act, "dialogues/onboarding/training.html", extra)


@require_POST
@permission_required("dialogues.confirm_materials", fn=partner_by_pk)
def materials(request, pk):
    acknowledge_current_materials(_partner(request, pk), by=request.user)
    messages.success(request, _("Materials marked as received."))
    return redirect("dialogues:partner_detail", pk=pk)


@require_POST
@permission_required("dialogues.send_reminder", fn=partner_by_pk)
def remind(request, pk):
    partner = _partner(request, pk)
    sent = onboarding.send_onboarding_reminder(partner, by=request.user)
    if sent:
        messages.success(request, _("Reminder sent to %(partner)s.") % {"partner": partner})
    else:
        messages.info(request, _("No reminder sent: the checklist is complete or there is no coordinator yet."))
    return redirect("dialogues:partner_detail", pk=pk)


@permission_required("dialogues.invite_partner_member", fn=partner_by_pk)
def invite_member(request, pk):
    def act(partner, data):
        invite_partner_member(partner, by=request.user, **data)
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": data["email"]})

    return _step(request, pk, InviteMemberForm, act, "dialogues/onboarding/invite_member.html")

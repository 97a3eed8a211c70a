"""The public partner application and staff's decision on it."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.applications import apply_as_partner, approve_application, decline_application
from ..domain.errors import DialoguesError
from ..enums import ApplicationDecision, DialogueStatus
from ..interfaces.onboarding_forms import DecisionForm, PartnerApplicationForm
from ..models import Dialogue, PartnerApplication

OPEN_FOR_APPLICATIONS = [DialogueStatus.DRAFT, DialogueStatus.PARTNERS_ONBOARDING, DialogueStatus.REGISTRATION_OPEN]


def apply(request, slug):
    dialogue = get_object_or_404(Dialogue, slug=slug, status__in=OPEN_FOR_APPLICATIONS)
    form = PartnerApplicationForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            apply_as_partner(dialogue, **form.cleaned_data)
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            return redirect("dialogues:apply_done", slug=dialogue.slug)
    return render(request, "dialogues/apply.html", {"dialogue": dialogue, "form": form})


def apply_done(request, slug):
    dialogue = get_object_or_404(Dialogue, slug=slug)
    return render(request, "dialogues/apply_done.html", {"dialogue": dialogue})


@permission_required("dialogues.decide_application")
def application_list(request):
    applications = PartnerApplication.objects.visible_to(request.user).select_related("partner__dialogue", "decided_by").order_by(
        "decision", "-submitted_at"
    )
    pending = [a for a in applications if a.decision == ApplicationDecision.PENDING]
    decided = [a for a in applications if a.decision != ApplicationDecision.PENDING]
    return render(request, "dialogues/application_list.html", {"pending": pending, "decided": decided})


@permission_required("dialogues.decide_application", fn=visible_getter(PartnerApplication))
def application_decide(request, pk):
    application = get_visible_or_404(PartnerApplication.objects.select_related("partner__dialogue"), request.user, pk=pk)
    form = DecisionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        decide = approve_application if form.cleaned_data["decision"] == DecisionForm.APPROVE else decline_application
        try:
            decide(application, by=request.user, message=form.cleaned_data["message"])
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Decision recorded for %(partner)s.") % {"partner": application.partner})
            return redirect("dialogues:application_list")
    return render(request, "dialogues/application_decide.html", {"application": application, "form": form})

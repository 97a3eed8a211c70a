"""Staff invite analysts and translators (organisation roles) and a dialogue's decision makers."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wetheinternet.accounts.models import User
from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.errors import AnalysisError
from ..domain.people import INVITED_ROLES, invite_analyst, invite_decision_maker
from ..interfaces.forms import DecisionMakerForm, InviteAnalystForm
from ..models import DecisionMaker
from .common import dialogue_from_url


@permission_required("analysis.invite_analysts")
def analysts(request):
    form = InviteAnalystForm(posted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            invite_analyst(data["email"], role=data["role"], full_name=data["full_name"], language=data["language"],
                           by=request.user)
        except AnalysisError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Invitation sent."))
            return redirect("analysis:analysts")
    people = User.objects.filter(role_assignments__role__in=INVITED_ROLES).prefetch_related("role_assignments").distinct()
    return render(request, "analysis/analysts.html", {"form": form, "people": people})


@permission_required("analysis.invite_decision_makers", fn=dialogue_from_url)
def decision_makers(request, slug):
    dialogue = dialogue_from_url(request, slug)
    form = DecisionMakerForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            invite_decision_maker(dialogue, by=request.user, **form.cleaned_data)
        except AnalysisError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Invitation sent."))
            return redirect("analysis:decision_makers", slug=slug)
    makers = DecisionMaker.objects.filter(dialogue=dialogue)
    return render(request, "analysis/decision_makers.html", {"dialogue": dialogue, "form": form, "makers": makers})

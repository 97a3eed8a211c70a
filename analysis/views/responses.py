"""Decision makers respond to the recommendations of their dialogue and add follow-ups
to their own responses, never to anyone else's."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.errors import AnalysisError
from ..domain.recommendations import add_follow_up, respond
from ..interfaces.forms import FollowUpForm, ResponseForm
from ..models import DecisionMaker, Recommendation, Response


def recommendation_from_url(request, slug, pk, **kwargs):
    return Recommendation.objects.filter(dialogue__slug=slug, pk=pk).select_related("dialogue").first()


def response_from_url(request, slug, pk, **kwargs):
    return Response.objects.filter(recommendation__dialogue__slug=slug, pk=pk).select_related("decision_maker").first()


@permission_required("analysis.view_decision_maker_home")
def decision_maker_home(request):
    return _render_home(request)


def _render_home(request, refused=None, status=200):
    """The decision maker's page; ``refused`` is a follow-up form that was refused: it
    shows with its errors and what was typed, under its response."""
    roles = list(DecisionMaker.objects.filter(user=request.user).select_related("dialogue"))
    mine = {r.recommendation_id: r for r in Response.objects.filter(decision_maker__in=roles).prefetch_related("follow_ups")}

    def row(recommendation):
        response = mine.get(recommendation.pk)
        if response is None:
            return recommendation, None, None
        if refused is not None and refused[0].pk == response.pk:
            return recommendation, response, refused[1]
        return recommendation, response, FollowUpForm(response=response)

    sections = [
        (role, [row(rec) for rec in Recommendation.objects.filter(dialogue=role.dialogue)])
        for role in roles
    ]
    return render(request, "analysis/decision_maker_home.html", {"sections": sections}, status=status)


@permission_required("analysis.respond_to_recommendation", fn=recommendation_from_url)
def respond_to(request, slug, pk):
    recommendation = recommendation_from_url(request, slug, pk)
    maker = DecisionMaker.objects.get(user=request.user, dialogue=recommendation.dialogue)
    existing = Response.objects.filter(recommendation=recommendation, decision_maker=maker).first()
    initial = {"position": existing.position, "reasons": existing.reasons, "commitment": existing.commitment} if existing else {}
    form = ResponseForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            respond(recommendation, maker, by=request.user, **form.cleaned_data)
        except AnalysisError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Your response is published on the impact page."))
            return redirect("analysis:decision_maker_home")
    return render(request, "analysis/respond.html", {"dialogue": recommendation.dialogue, "recommendation": recommendation,
                                                     "form": form, "maker": maker})


@require_POST
@permission_required("analysis.change_response", fn=response_from_url)
def follow_up(request, slug, pk):
    response = response_from_url(request, slug, pk)
    form = FollowUpForm(request.POST, response=response)
    if form.is_valid():
        try:
            add_follow_up(response, by=request.user, **form.cleaned_data)
        except AnalysisError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Follow-up published."))
            return redirect("analysis:decision_maker_home")
    return _render_home(request, refused=(response, form), status=400)

"""Staff write the recommendations, linked to the themes and questions behind them."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from dialogues.models import Question
from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.errors import AnalysisError
from ..domain.queries import themes_of
from ..domain.recommendations import save_recommendation
from ..interfaces.forms import RecommendationForm
from ..models import Recommendation
from .common import dialogue_from_url


def _questions(dialogue):
    return Question.objects.filter(topic__dialogue=dialogue, is_current=True).order_by("topic__position", "position")


def _form_page(request, dialogue, recommendation):
    form = RecommendationForm(posted(request), dialogue=dialogue, themes=themes_of(dialogue),
                              questions=_questions(dialogue),
                              instance=recommendation if recommendation.pk else None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        themes, questions = list(data.pop("themes")), list(data.pop("questions"))
        try:
            save_recommendation(recommendation, by=request.user, values=data, themes=themes, questions=questions)
        except AnalysisError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Recommendation saved."))
            return redirect("analysis:recommendations", slug=dialogue.slug)
    return form


@permission_required("analysis.manage_recommendations", fn=dialogue_from_url)
def recommendations(request, slug):
    dialogue = dialogue_from_url(request, slug)
    result = _form_page(request, dialogue, Recommendation(dialogue=dialogue))
    if not isinstance(result, RecommendationForm):
        return result
    listed = Recommendation.objects.filter(dialogue=dialogue).prefetch_related("themes", "responses")
    return render(request, "analysis/recommendations.html", {"dialogue": dialogue, "form": result,
                                                             "recommendations": listed})


@permission_required("analysis.manage_recommendations", fn=dialogue_from_url)
def edit_recommendation(request, slug, pk):
    dialogue = dialogue_from_url(request, slug)
    recommendation = get_object_or_404(Recommendation, dialogue=dialogue, pk=pk)
    result = _form_page(request, dialogue, recommendation)
    if not isinstance(result, RecommendationForm):
        return result
    return render(request, "analysis/recommendation_form.html", {"dialogue": dialogue, "form": result,
                                                                 "recommendation": recommendation})

"""Open answers waiting for approval: staff see all, partner members their countries'."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.permissions import permission_required

from ..domain.reviews import prepare_open_answer_reviews, review_open_answer
from ..enums import ReviewState
from ..interfaces.forms import ReviewForm
from ..models import OpenAnswerReview
from ..rules import partner_countries
from .manage import dialogue_from_url


def reviews_visible_to(user, dialogue):
    reviews = OpenAnswerReview.objects.filter(answer__submission__topic__dialogue=dialogue)
    if not user.is_staff:
        reviews = reviews.filter(answer__submission__table__site__country__in=partner_countries(user, dialogue.pk))
    return reviews.select_related("answer__question", "answer__submission__table__site")


@permission_required("reports.review_open_answers", fn=dialogue_from_url)
def review_list(request, slug):
    dialogue = dialogue_from_url(request, slug)
    state = request.GET.get("state", ReviewState.PENDING)
    reviews = reviews_visible_to(request.user, dialogue).filter(state=state).order_by("answer__question", "id")[:100]
    return render(request, "reports/reviews.html", {
        "dialogue": dialogue, "reviews": [(review, ReviewForm(initial={"text": review.redacted_text}))
                                          for review in reviews],
        "state": state, "states": ReviewState.choices,
    })


@require_POST
@permission_required("reports.review_open_answers", fn=dialogue_from_url)
def prepare(request, slug):
    dialogue = dialogue_from_url(request, slug)
    count = prepare_open_answer_reviews(dialogue)
    messages.success(request, _("%(count)s new answers are waiting for review.") % {"count": count})
    return redirect("reports:reviews", slug=slug)


def review_from_url(request, slug, pk, **kwargs):
    return get_object_or_404(
        OpenAnswerReview.objects.select_related("answer__submission__table__site__partner"),
        pk=pk, answer__submission__topic__dialogue__slug=slug,
    )


@require_POST
@permission_required("reports.approve_open_answer", fn=review_from_url)
def decide(request, slug, pk):
    review = review_from_url(request, slug, pk)
    form = ReviewForm(request.POST)
    approve = request.POST.get("decision") == "approve"
    if approve and not form.is_valid():
        messages.error(request, _("Write the text to publish, or reject the answer."))
        return redirect("reports:reviews", slug=slug)
    review_open_answer(review, by=request.user, approve=approve, text=form.cleaned_data.get("text") if approve else None)
    messages.success(request, _("Answer approved for publication.") if approve else _("Answer will not be published."))
    return redirect("reports:reviews", slug=slug)

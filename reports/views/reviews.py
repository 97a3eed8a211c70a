"""Open answers waiting for approval: staff see all, partner members their countries'.
The original text is shown with the suspected personal data highlighted; the list can
be filtered by kind of suspected data and approved in bulk."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from dialogues.domain.redaction import KIND_LABELS, find_personal_data, highlighted
from wetheinternet.core.exports import FORMATS, export_response
from wetheinternet.core.lists import apply_list, list_page, remember_query, remembered_query
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_object

from ..domain.names import dialogue_names
from ..domain.reviews import approve_open_answers, export_reviews, prepare_open_answer_reviews, review_open_answer
from ..enums import ReviewState
from ..interfaces.forms import ReviewForm
from ..interfaces.review_list import REVIEWS_KEY, review_list_spec
from ..models import OpenAnswerReview
from .manage import dialogue_from_url


def reviews_visible_to(user, dialogue):
    reviews = OpenAnswerReview.objects.visible_to(user).filter(answer__submission__topic__dialogue=dialogue)
    return reviews.select_related("answer__question", "answer__submission__table__site")


def filter_by_kind(reviews, kind):
    if kind == "none":
        return reviews.filter(found="")
    if kind == "any":
        return reviews.exclude(found="")
    if kind in KIND_LABELS:
        return reviews.filter(found__contains=kind)
    return reviews


def _highlights(review, names):
    answer = review.answer
    table = answer.submission.table
    findings = find_personal_data(answer.text, names=names, language=table.language, regions=[table.site.country.code])
    return [(piece, KIND_LABELS.get(kind)) for piece, kind in highlighted(answer.text, findings)]


def _listed_reviews(request, dialogue):
    state = request.GET.get("state") or ReviewState.PENDING
    state = state if state in ReviewState.values else ReviewState.PENDING
    kind = request.GET.get("kind", "")
    return filter_by_kind(reviews_visible_to(request.user, dialogue).filter(state=state), kind), state, kind


@require_http_methods(["GET", "POST"])
@permission_required("reports.review_open_answers", fn=dialogue_from_url)
def review_list(request, slug):
    """A page of answers (25: each is analysed for its highlights), searched in the text
    as published, by state and kind of suspected personal data, sorted."""
    dialogue = dialogue_from_url(request, slug)
    if request.method == "POST":
        remember_query(request, REVIEWS_KEY)
        return redirect(request.get_full_path())
    return _render_list(request, dialogue)


def _render_list(request, dialogue, refused=None, status=200):
    """The list page; ``refused`` is a review whose bound form was refused: it shows with
    its errors and what was typed, at the top of the page if it is not on it."""
    reviews, state, kind = _listed_reviews(request, dialogue)
    listed = list_page(request, reviews, review_list_spec(), key=REVIEWS_KEY)
    page = listed.page
    reviews = list(page.object_list)
    forms = {}
    if refused is not None:
        review, form = refused
        forms[review.pk] = form
        if review.pk not in {listed_review.pk for listed_review in reviews}:
            reviews.insert(0, review)
    names = dialogue_names(dialogue) if reviews else None
    return render(request, "reports/reviews.html", {
        "dialogue": dialogue,
        "reviews": [(review, forms.get(review.pk) or ReviewForm(review=review), _highlights(review, names),
                     [KIND_LABELS[k] for k in review.found_kinds if k in KIND_LABELS]) for review in reviews],
        "state": state, "states": ReviewState.choices, "kind": kind, "kinds": list(KIND_LABELS.items()),
        "can_bulk_approve": state == ReviewState.PENDING and bool(reviews), "page": page, "list": listed,
    }, status=status)


@require_GET
@permission_required("reports.review_open_answers", fn=dialogue_from_url)
def review_export(request, slug):
    """The answers of the list (every page) with their text as it would be published,
    never the original text; CSV or XLSX."""
    dialogue = dialogue_from_url(request, slug)
    file_format = request.GET.get("format") if request.GET.get("format") in FORMATS else "csv"
    reviews, _state, _kind = _listed_reviews(request, dialogue)
    reviews, *_applied = apply_list(reviews, request.GET, review_list_spec(), query=remembered_query(request, REVIEWS_KEY))
    header, rows = export_reviews(reviews, dialogue=dialogue, by=request.user, file_format=file_format)
    return export_response(file_format, f"open-answers-{dialogue.slug}", header, rows)


@require_POST
@permission_required("reports.review_open_answers", fn=dialogue_from_url)
def prepare(request, slug):
    dialogue = dialogue_from_url(request, slug)
    count = prepare_open_answer_reviews(dialogue)
    messages.success(request, _("%(count)s new answers are waiting for review.") % {"count": count})
    return redirect("reports:reviews", slug=slug)


@require_POST
@permission_required("reports.review_open_answers", fn=dialogue_from_url)
def approve_selected(request, slug):
    """Approve the ticked answers unchanged: only pending ones the user may decide
    (another country's ids are ignored, not approved)."""
    dialogue = dialogue_from_url(request, slug)
    ids = [value for value in request.POST.getlist("review") if value.isdigit()]
    count = approve_open_answers(dialogue, ids, by=request.user, visible=reviews_visible_to(request.user, dialogue))
    if count:
        messages.success(request, _("%(count)s answers approved for publication.") % {"count": count})
    else:
        messages.error(request, _("Tick the answers to approve."))
    return redirect("reports:reviews", slug=slug)


def _reviews():
    return OpenAnswerReview.objects.select_related("answer__submission__table__site__partner")


def review_from_url(request, slug, pk, **kwargs):
    return visible_object(_reviews(), request.user, pk=pk, answer__submission__topic__dialogue__slug=slug)


@require_POST
@permission_required("reports.approve_open_answer", fn=review_from_url)
def decide(request, slug, pk):
    review = get_visible_or_404(_reviews(), request.user, pk=pk, answer__submission__topic__dialogue__slug=slug)
    form = ReviewForm(request.POST, review=review)
    approve = request.POST.get("decision") == "approve"
    if approve and not form.is_valid():
        return _render_list(request, dialogue_from_url(request, slug), refused=(review, form), status=400)
    review_open_answer(review, by=request.user, approve=approve, text=form.cleaned_data.get("text") if approve else None)
    messages.success(request, _("Answer approved for publication.") if approve else _("Answer will not be published."))
    return redirect("reports:reviews", slug=slug)

"""Approved open answers for analysts and translators: filters by question, country,
language, theme and words; bulk tagging with themes; a translation per answer. Answers
waiting for review (and the original texts) are never shown here."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.forms import show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.errors import AnalysisError
from ..domain.queries import (
    answer_countries,
    answer_languages,
    approved_answers,
    filtered_answers,
    open_questions,
    themes_of,
)
from ..domain.tagging import tag_answers
from ..domain.translations import save_translation
from ..interfaces.forms import LANGUAGE_NAMES, TranslationForm
from .common import dialogue_from_url

PAGE_SIZE = 50


def _pick(queryset, value):
    return queryset.filter(pk=value).first() if value and value.isdigit() else None


@permission_required("analysis.view_analysis_home", fn=dialogue_from_url)
def answer_list(request, slug):
    return _answer_list(request, dialogue_from_url(request, slug), request.GET)


def _answer_list(request, dialogue, get, refused=None):
    """The filtered answers (``get``: the filters); ``refused``: ``(review, bound
    translation form)`` shown again with its errors (status 400), on top when the
    filters' page does not hold it."""
    questions = open_questions(dialogue)
    themes = themes_of(dialogue).order_by("question_id", "position", "id")
    question = _pick(questions, get.get("question", ""))
    theme = _pick(themes, get.get("theme", ""))
    filters = {"country": get.get("country", "").upper()[:2], "language": get.get("language", "")[:10],
               "search": get.get("q", "").strip()[:200]}
    answers = filtered_answers(dialogue, question=question, theme=theme, untagged=get.get("untagged") == "1", **filters)
    page = Paginator(answers, PAGE_SIZE).get_page(get.get("page"))
    page.object_list = list(page.object_list)
    if refused is not None and refused[0].pk not in {review.pk for review in page.object_list}:
        page.object_list.insert(0, refused[0])
    for review in page.object_list:
        review.translation_form = (
            refused[1] if refused is not None and review.pk == refused[0].pk
            else TranslationForm(auto_id=f"%s-{review.pk}")
        )
    query = get.copy()
    query.pop("page", None)
    return render(request, "analysis/answers.html", status=400 if refused is not None else 200, context={
        "dialogue": dialogue, "page": page, "questions": questions, "themes": list(themes),
        "question": question, "theme": theme, "filters": filters, "untagged": get.get("untagged") == "1",
        "countries": answer_countries(dialogue), "languages": [(c, LANGUAGE_NAMES.get(c, c)) for c in answer_languages(dialogue)],
        "can_tag": request.user.has_perm("analysis.tag_answers"),
        "can_translate": request.user.has_perm("analysis.translate_answers"),
        "query": query.urlencode(),
    })


def _back(request, slug):
    query = request.POST.get("query", "")
    url = redirect("analysis:answers", slug=slug).url
    return redirect(f"{url}?{query}" if query and "\n" not in query else url)


@require_POST
@permission_required("analysis.tag_answers", fn=dialogue_from_url)
def tag(request, slug):
    dialogue = dialogue_from_url(request, slug)
    answers = [value for value in request.POST.getlist("answer") if value.isdigit()]
    themes = [value for value in request.POST.getlist("themes") if value.isdigit()]
    remove = request.POST.get("action") == "remove"
    try:
        count = tag_answers(dialogue, review_ids=answers, theme_ids=themes, by=request.user, remove=remove)
    except AnalysisError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, (_("%(count)s tags removed.") if remove else _("%(count)s tags added.")) % {"count": count})
    return _back(request, slug)


@require_POST
@permission_required("analysis.translate_answers", fn=dialogue_from_url)
def translate(request, slug, pk):
    dialogue = dialogue_from_url(request, slug)
    review = approved_answers(dialogue).select_related("answer__submission__table").filter(pk=pk).first()
    if review is None:
        messages.error(request, _("This answer is not an approved answer of this dialogue."))
        return _back(request, slug)
    form = TranslationForm(request.POST, auto_id=f"%s-{review.pk}")
    if form.is_valid():
        try:
            save_translation(review, by=request.user, **form.cleaned_data)
        except AnalysisError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Translation saved."))
            return _back(request, slug)
    return _answer_list(request, dialogue, QueryDict(request.POST.get("query", "")), refused=(review, form))

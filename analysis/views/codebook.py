"""The codebook: staff and analysts define the themes of each open question."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required

from ..domain.codebook import save_theme
from ..domain.errors import AnalysisError
from ..domain.queries import open_questions, themes_of
from ..interfaces.forms import ThemeForm
from ..models import Theme
from .common import dialogue_from_url


def _save(request, form, theme):
    values = {name: value for name, value in form.cleaned_data.items() if name != "question"}
    try:
        save_theme(theme, by=request.user, values=values)
    except AnalysisError as error:
        show_domain_error(form, error)
        return False
    messages.success(request, _("Theme saved."))
    return True


@permission_required("analysis.manage_codebook", fn=dialogue_from_url)
def codebook(request, slug):
    dialogue = dialogue_from_url(request, slug)
    questions = open_questions(dialogue)
    form = ThemeForm(posted(request), dialogue=dialogue, questions=questions)
    if request.method == "POST" and form.is_valid() and _save(request, form, Theme(question=form.cleaned_data["question"])):
        return redirect("analysis:codebook", slug=slug)
    themes = list(themes_of(dialogue).order_by("position", "id"))
    sections = [(question, [theme for theme in themes if theme.question_id == question.pk]) for question in questions]
    return render(request, "analysis/codebook.html", {"dialogue": dialogue, "sections": sections, "form": form})


@permission_required("analysis.manage_codebook", fn=dialogue_from_url)
def edit_theme(request, slug, pk):
    dialogue = dialogue_from_url(request, slug)
    theme = get_object_or_404(themes_of(dialogue), pk=pk)
    form = ThemeForm(posted(request), dialogue=dialogue, questions=None, instance=theme)
    if request.method == "POST" and form.is_valid() and _save(request, form, theme):
        return redirect("analysis:codebook", slug=slug)
    return render(request, "analysis/theme_form.html", {"dialogue": dialogue, "theme": theme, "form": form})

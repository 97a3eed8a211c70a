"""Counts of answers per theme by country, region and the world, as they would be
published: perturbed, small counts hidden (``domain.theme_counts``)."""

from django.shortcuts import render

from reports.domain.content import area_name
from reports.enums import WORLD
from wetheinternet.core.permissions import permission_required

from ..domain.queries import open_questions, themes_of
from ..domain.theme_counts import theme_figures
from .common import dialogue_from_url


@permission_required("analysis.view_theme_counts", fn=dialogue_from_url)
def theme_counts(request, slug):
    dialogue = dialogue_from_url(request, slug)
    themes = list(themes_of(dialogue).order_by("position", "id"))
    sections = []
    for question in open_questions(dialogue):
        own = [theme for theme in themes if theme.question_id == question.pk]
        if not own:
            continue
        figures = theme_figures(dialogue, question, own)
        areas = [WORLD, *figures.regions, *figures.countries]
        rows = [(area_name(area), figures.areas[area]) for area in areas if area in figures.areas]
        sections.append({"question": question, "themes": own, "rows": rows})
    return render(request, "analysis/counts.html", {"dialogue": dialogue, "sections": sections,
                                                    "k": dialogue.anonymity_threshold})

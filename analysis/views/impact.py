"""The public impact page of a dialogue: what was recommended, how decision makers
responded, and what they did since."""

from django.shortcuts import render
from django_countries import countries as country_names

from ..domain.impact import impact_filters, impact_recommendations
from .common import dialogue_from_url


def impact(request, slug):
    dialogue = dialogue_from_url(request, slug)
    country = request.GET.get("country", "")[:5]
    institution = request.GET.get("institution", "")[:200]
    codes, institutions, has_global = impact_filters(dialogue)
    return render(request, "analysis/impact.html", {
        "dialogue": dialogue, "country": country, "institution": institution,
        "recommendations": impact_recommendations(dialogue, country=country, institution=institution),
        "countries": [(code, country_names.name(code)) for code in codes], "institutions": institutions,
        "has_global": has_global,
    })

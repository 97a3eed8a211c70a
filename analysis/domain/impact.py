"""The public impact page: each recommendation with the responses and follow-ups,
filterable by the decision makers' country and institution."""

from django.db.models import Prefetch

from ..models import DecisionMaker, FollowUp, Recommendation, Response


def impact_recommendations(dialogue, *, country="", institution=""):
    """The dialogue's recommendations, each with ``shown_responses`` (those matching the
    filters, with their follow-ups in date order). ``country`` "world" means the
    decision makers who respond for the world."""
    responses = Response.objects.select_related("decision_maker").prefetch_related(
        Prefetch("follow_ups", queryset=FollowUp.objects.order_by("date", "id"))
    )
    if country == "world":
        responses = responses.filter(decision_maker__country="")
    elif country:
        responses = responses.filter(decision_maker__country=country)
    if institution:
        responses = responses.filter(decision_maker__institution=institution)
    return (
        Recommendation.objects.filter(dialogue=dialogue)
        .prefetch_related("themes", "questions", Prefetch("responses", queryset=responses, to_attr="shown_responses"))
        .order_by("position", "id")
    )


def impact_filters(dialogue):
    """The countries and institutions of the dialogue's decision makers who responded."""
    makers = DecisionMaker.objects.filter(dialogue=dialogue, responses__isnull=False).distinct()
    countries = sorted({maker.country.code for maker in makers if maker.country})
    institutions = sorted({maker.institution for maker in makers})
    return countries, institutions, any(not maker.country for maker in makers)

"""Quota targets per country, turned into min and max counts for a panel size."""

import math

from dialogues.models import Feature

from ..models import QuotaTarget


def quotas_for(dialogue, country, panel_size):
    """``{feature_code: {category_code: (min, max)}}`` for ``country``. A category
    without a target may take from 0 to the whole panel; a population share gives
    floor and ceiling of share × panel size."""
    targets = {
        target.category_id: target
        for target in QuotaTarget.objects.filter(category__feature__dialogue=dialogue, country=country)
    }
    quotas = {}
    for feature in Feature.objects.filter(dialogue=dialogue).prefetch_related("categories"):
        quotas[feature.code] = {
            category.code: min_max(targets.get(category.pk), panel_size) for category in feature.categories.all()
        }
    return quotas


def min_max(target, panel_size):
    if target is None:
        return (0, panel_size)
    if target.min_count is not None or target.max_count is not None:
        low = target.min_count or 0
        high = target.max_count if target.max_count is not None else panel_size
        return (low, min(high, panel_size))
    if target.population_share is not None:
        expected = float(target.population_share) * panel_size
        return (math.floor(expected), min(math.ceil(expected), panel_size))
    return (0, panel_size)


def category_labels(dialogue):
    """``{(feature_code, category_code): label, (feature_code, None): name}`` in the
    active language, for messages."""
    labels = {}
    for feature in Feature.objects.filter(dialogue=dialogue).prefetch_related("categories"):
        labels[(feature.code, None)] = feature.name
        for category in feature.categories.all():
            labels[(feature.code, category.code)] = f"{feature.name}: {category.label}"
    return labels

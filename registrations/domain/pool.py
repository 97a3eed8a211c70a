"""Who may be drawn: the eligible pool of a country or site."""

from django.db.models import Count, Q

from ..enums import ConsentPurpose, RegistrantStatus
from ..models import Feature, Registrant, RegistrantAnswer


def eligible_registrants(dialogue, country, site=None):
    """Registrants not withdrawn nor erased, with active participation and statistics
    consents, who answered every feature."""
    feature_count = Feature.objects.filter(dialogue=dialogue).count()
    registrants = Registrant.objects.filter(
        dialogue=dialogue,
        country=country,
        status__in=[RegistrantStatus.REGISTERED, RegistrantStatus.SELECTED, RegistrantStatus.RESERVE],
    )
    if site is not None:
        registrants = registrants.filter(site=site)
    registrants = registrants.annotate(
        active_required=Count(
            "consents",
            filter=Q(
                consents__withdrawn_at__isnull=True,
                consents__purpose__in=[ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS],
            ),
            distinct=True,
        ),
        answered=Count("answers", distinct=True),
    )
    return registrants.filter(active_required=2, answered=feature_count)


def pool_answers(registrant_ids):
    """``{registrant_id: {feature_code: category_code}}``."""
    pool = {pk: {} for pk in registrant_ids}
    rows = RegistrantAnswer.objects.filter(registrant_id__in=registrant_ids).values_list(
        "registrant_id", "feature__code", "category__code"
    )
    for registrant_id, feature, category in rows:
        pool[registrant_id][feature] = category
    return pool


def quota_fulfilment(pool, selected_ids, quotas, labels):
    """Rows ``{feature, category, label, min, max, selected, met}`` for the result page."""
    rows = []
    for feature, categories in quotas.items():
        for category, (low, high) in categories.items():
            count = sum(1 for pk in selected_ids if pool[pk].get(feature) == category)
            rows.append(
                {
                    "feature": feature,
                    "category": category,
                    "label": str(labels.get((feature, category), category)),
                    "min": low,
                    "max": high,
                    "selected": count,
                    "met": low <= count <= high,
                }
            )
    return rows

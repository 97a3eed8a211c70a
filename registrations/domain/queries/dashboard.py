"""Numbers of registered and selected people for the partner dashboard
(``partner_registration_numbers``)."""

from collections import defaultdict

from django.db.models import Count, Q

from dialogues.models import Feature

from ...enums import Attendance, ConsentPurpose, RegistrantStatus
from ...models import ConsentRecord, QuotaTarget, Registrant, RegistrantAnswer
from ..quotas import min_max


def partner_dashboard_figures(partner):
    """The partner's registered and selected people, for its dashboard panel in dialogues
    (registered with ``register_partner_figures``)."""
    totals = partner_registration_numbers(partner)["totals"]
    return {"registrations": totals["registered"], "selected": totals["selected"]}


def partner_registration_numbers(partner, *, panel_size=None):
    """Counts for one partner's countries (no personal data)::

        {"totals": {...}, "sites": [{"site_id", "site", ...counts}],
         "consents": {purpose: active count},
         "categories": [{"country", "feature", "category", "registered", "selected", "min", "max"}]}

    ``min``/``max`` come from the country's quota targets for ``panel_size`` (or the
    number selected when no size is given)."""
    registrants = Registrant.objects.of_partner(partner).exclude(status=RegistrantStatus.ERASED)
    counts = _counts()
    totals = registrants.aggregate(**counts)
    per_site = (
        registrants.values("site_id", "site__name").annotate(**counts).order_by("site__name")
    )
    consents = dict(
        ConsentRecord.objects.filter(registrant__in=registrants, withdrawn_at__isnull=True)
        .values_list("purpose")
        .annotate(n=Count("id"))
        .values_list("purpose", "n")
    )
    return {
        "totals": totals,
        "sites": [
            {"site_id": row.pop("site_id"), "site": row.pop("site__name") or "", **row} for row in per_site
        ],
        "consents": {purpose: consents.get(purpose, 0) for purpose in ConsentPurpose.values},
        "categories": _categories(partner, registrants, panel_size or totals["selected"]),
    }


def _counts():
    return {
        "registered": Count("id", filter=~Q(status=RegistrantStatus.WITHDRAWN)),
        "withdrawn": Count("id", filter=Q(status=RegistrantStatus.WITHDRAWN)),
        "selected": Count("id", filter=Q(status=RegistrantStatus.SELECTED)),
        "reserves": Count("id", filter=Q(status=RegistrantStatus.RESERVE)),
        "checked_in": Count("id", filter=Q(attendance=Attendance.ATTENDED)),
    }


def _categories(partner, registrants, panel_size):
    tallies = defaultdict(lambda: {"registered": 0, "selected": 0})
    rows = (
        RegistrantAnswer.objects.filter(registrant__in=registrants.exclude(status=RegistrantStatus.WITHDRAWN))
        .values_list("registrant__country", "category_id", "registrant__status")
        .annotate(n=Count("id"))
        .values_list("registrant__country", "category_id", "registrant__status", "n")
    )
    for country, category_id, status, n in rows:
        tallies[(country, category_id)]["registered"] += n
        if status == RegistrantStatus.SELECTED:
            tallies[(country, category_id)]["selected"] += n
    targets = {
        (t.country.code, t.category_id): t
        for t in QuotaTarget.objects.filter(category__feature__dialogue_id=partner.dialogue_id)
    }
    result = []
    features = Feature.objects.filter(dialogue_id=partner.dialogue_id).prefetch_related("categories")
    for country in partner.countries:
        for feature in features:
            for category in feature.categories.all():
                low, high = min_max(targets.get((country.code, category.pk)), panel_size)
                tally = tallies[(country.code, category.pk)]
                result.append(
                    {
                        "country": country.code,
                        "feature": feature.name,
                        "category": category.label,
                        "category_id": category.pk,
                        "registered": tally["registered"],
                        "selected": tally["selected"],
                        "min": low,
                        "max": high,
                    }
                )
    return result

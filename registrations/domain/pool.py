"""Who may be drawn: the eligible pool of a country or site."""

from django.db.models import Count, Q

from conduct.domain.queries import barred_registrant_ids
from dialogues.models import Feature

from ..enums import ConsentPurpose, RegistrantStatus
from ..models import Registrant, RegistrantAnswer, TableSeat


def eligible_registrants(dialogue, country, site=None):
    """Registrants not withdrawn nor erased, with active participation and statistics
    consents, who answered every feature; never someone a conduct decision has banned."""
    feature_count = Feature.objects.filter(dialogue=dialogue).count()
    registrants = Registrant.objects.filter(
        dialogue=dialogue,
        country=country,
        status__in=[RegistrantStatus.REGISTERED, RegistrantStatus.SELECTED, RegistrantStatus.RESERVE],
    )
    if site is not None:
        registrants = registrants.filter(site=site)
    registrants = registrants.exclude(pk__in=barred_registrant_ids(bans_only=True)).annotate(
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


def panel_scope(dialogue, country, site=None):
    """The registrants a draw of ``country`` (or only ``site``) decides about."""
    scope = Registrant.objects.filter(dialogue=dialogue, country=country)
    return scope.filter(site=site) if site is not None else scope


def current_panel_ids(dialogue, country, site=None):
    """Ids of the people on the panel now (the last draw plus its replacements), in id
    order. Read from the registrants' status, one row per person: never from panel
    entries, which hold every earlier draw too."""
    selected = panel_scope(dialogue, country, site).filter(status=RegistrantStatus.SELECTED)
    return list(selected.order_by("pk").values_list("pk", flat=True))


def current_panel_summary(dialogue, country, site=None):
    """What a new draw of this scope would replace: ``{"selected", "reserve", "seated",
    "tables"}`` (people now selected, on the reserve list, seated at tables, and the
    number of those tables)."""
    scope = panel_scope(dialogue, country, site)
    counts = dict(
        scope.filter(status__in=[RegistrantStatus.SELECTED, RegistrantStatus.RESERVE])
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    seats = TableSeat.objects.filter(registrant__in=scope)
    return {
        "selected": counts.get(RegistrantStatus.SELECTED, 0),
        "reserve": counts.get(RegistrantStatus.RESERVE, 0),
        "seated": seats.count(),
        "tables": seats.order_by().values("table_id").distinct().count(),
    }


def pool_answers(registrant_ids):
    """``{registrant_id: {feature_code: category_code}}``."""
    pool = {pk: {} for pk in registrant_ids}
    rows = (
        RegistrantAnswer.objects.filter(registrant_id__in=registrant_ids)
        .order_by("registrant_id", "feature__code")
        .values_list("registrant_id", "feature__code", "category__code")
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

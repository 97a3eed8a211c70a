from ...enums import ConsentPurpose
from ...models import Registrant, TableSeat


def seat_categories(table):
    """``{seat_number: [category_id, ...]}`` for the seats of ``table`` whose registrant
    has an active consent to anonymised statistics. Other seats are left out, so result
    entry records their ballots without categories. One query (result entry runs it for
    every submission); a registrant has at most one active consent per purpose."""
    rows = (
        TableSeat.objects.filter(table=table)
        .filter(
            registrant__consents__purpose=ConsentPurpose.STATISTICS,
            registrant__consents__withdrawn_at__isnull=True,
        )
        .order_by("seat_number", "registrant__answers__feature__position", "registrant__answers__feature_id")
        .values_list("seat_number", "registrant__answers__category_id")
    )
    categories = {}
    for seat, category_id in rows:
        categories.setdefault(seat, [])
        if category_id is not None:
            categories[seat].append(category_id)
    return categories


def personal_names(dialogue):
    """Every first and last name (and full name) of people registered for ``dialogue``
    and not yet erased, for redacting open answers before publication."""
    names = set()
    rows = Registrant.objects.filter(dialogue=dialogue, erased_at__isnull=True).values_list("first_name", "last_name")
    for first, last in rows:
        for name in (first.strip(), last.strip(), f"{first} {last}".strip()):
            if name:
                names.add(name)
    return names


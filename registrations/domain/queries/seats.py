from collections import defaultdict

from ...enums import ConsentPurpose
from ...models import Registrant, RegistrantAnswer, TableSeat


def seat_categories(table):
    """``{seat_number: [category_id, ...]}`` for the seats of ``table`` whose registrant
    has an active consent to anonymised statistics. Other seats are left out, so result
    entry records their ballots without categories."""
    seats = dict(
        TableSeat.objects.filter(table=table)
        .filter(
            registrant__consents__purpose=ConsentPurpose.STATISTICS,
            registrant__consents__withdrawn_at__isnull=True,
        )
        .values_list("registrant_id", "seat_number")
    )
    categories = defaultdict(list)
    answers = RegistrantAnswer.objects.filter(registrant_id__in=seats).order_by("feature__position", "feature_id")
    for registrant_id, category_id in answers.values_list("registrant_id", "category_id"):
        categories[seats[registrant_id]].append(category_id)
    return {seat: categories.get(seat, []) for seat in sorted(seats.values())}


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


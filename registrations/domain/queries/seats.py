from django.db import connection

from dialogues.models import Feature

from ...enums import ConsentPurpose
from ...models import ConsentRecord, Registrant, RegistrantAnswer, TableSeat


def _seat_categories_sql():
    seat, consent = TableSeat._meta.db_table, ConsentRecord._meta.db_table
    answer, feature = RegistrantAnswer._meta.db_table, Feature._meta.db_table
    return (
        f"SELECT ts.seat_number, ra.category_id FROM {seat} ts"  # noqa: S608 - names from the models
        f" INNER JOIN {consent} cr ON cr.registrant_id = ts.registrant_id AND cr.purpose = %s AND cr.withdrawn_at IS NULL"
        f" LEFT JOIN {answer} ra ON ra.registrant_id = ts.registrant_id"
        f" LEFT JOIN {feature} f ON f.id = ra.feature_id"
        " WHERE ts.table_id = %s ORDER BY ts.seat_number, f.position, ra.feature_id"
    )


def seat_categories(table):
    """``{seat_number: [category_id, ...]}`` for the seats of ``table`` whose registrant
    has an active consent to anonymised statistics, each seat's categories in the order
    of the features. Other seats are left out, so result entry records their ballots
    without categories. One query (result entry runs it for every submission: plain SQL,
    which the ORM cost more to build than the database to run); a registrant has at
    most one active consent per purpose."""
    with connection.cursor() as cursor:
        cursor.execute(_seat_categories_sql(), [ConsentPurpose.STATISTICS, table.pk])
        rows = cursor.fetchall()
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

"""Fast inserts of many rows with ids chosen by the caller (so that related rows can
point at them before they exist). PostgreSQL gets COPY; other databases bulk_create."""

import csv
import io
import json

from django.db import connection
from django.utils import timezone


class IdAllocator:
    """Hands out ids above the current maximum of each table."""

    def __init__(self):
        self.next = {}

    def take(self, model, count=1):
        if model not in self.next:
            last = model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
            self.next[model] = last + 1
        first = self.next[model]
        self.next[model] += count
        return first


def _complete(model, row, now):
    values = {}
    for field in model._meta.concrete_fields:
        if field.attname in row:
            values[field.attname] = row[field.attname]
        elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            values[field.attname] = now
        else:
            values[field.attname] = field.get_default()
    return values


def _csv_value(value):
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, dict | list):
        return json.dumps(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def bulk_insert(model, rows, *, batch_size=50_000):
    """Insert ``rows`` (dicts of attname → value, each with its ``id``) into ``model``'s table."""
    if not rows:
        return
    now = timezone.now()
    if connection.vendor != "postgresql":
        objects = [model(**_complete(model, row, now)) for row in rows]
        model.objects.bulk_create(objects, batch_size=2000)
        return
    with connection.cursor() as cursor:
        existing = {c.name for c in connection.introspection.get_table_description(cursor, model._meta.db_table)}
    fields = [field.attname for field in model._meta.concrete_fields if field.column in existing]
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(f).column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), batch_size):
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            for row in rows[start : start + batch_size]:
                values = _complete(model, row, now)
                writer.writerow([_csv_value(values[f]) for f in fields])
            buffer.seek(0)
            cursor.cursor.copy_expert(f"COPY {table} ({columns}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer)
        pk = model._meta.pk.column
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{model._meta.db_table}', '{pk}'), (SELECT MAX({pk}) FROM {table}))"  # noqa: S608
        )

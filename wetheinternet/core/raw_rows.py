"""Reading rows of hand-written SQL as the ORM would: values converted by their model
field (datetimes, UUIDs and JSON on SQLite come back as text) and model instances made
with ``Model.from_db``, so a field that was not read is loaded on first use, never
wrong.

For the few queries on the result-entry path that are written in SQL because the ORM
cost more to build them than the database to run them (docs/result-entry.md)."""

from django.db import connection


def converted(model, field_name, value):
    """``value`` as read from the database column of ``model.field_name``, converted as
    the ORM converts it."""
    if value is None:
        return None
    column = model._meta.get_field(field_name).get_col(model._meta.db_table)
    for converter in connection.ops.get_db_converters(column) + column.get_db_converters(connection):
        value = converter(value, column, connection)
    return value


def instance(model, field_names, values):
    """A ``model`` instance from ``values`` of ``field_names`` (attribute names such as
    ``table_id``), converted; the other fields load on first use."""
    return model.from_db(
        connection.alias,
        field_names,
        [converted(model, name, value) for name, value in zip(field_names, values, strict=True)],
    )


def db_value(model, field_name, value):
    """``value`` prepared as a parameter for the column of ``model.field_name``."""
    return model._meta.get_field(field_name).get_db_prep_value(value, connection)


def insert_fields(model, exclude=()):
    """The fields an INSERT of ``model`` writes: every concrete column but the
    automatic primary key and the names in ``exclude``, in the model's order."""
    return tuple(
        field for field in model._meta.concrete_fields
        if field is not model._meta.auto_field and field.name not in exclude
    )


def insert_values(obj, fields):
    """The parameters of ``obj``'s ``fields`` for an INSERT, prepared as the ORM's save
    prepares them (``pre_save`` then ``get_db_prep_save``; defaults were applied when
    the instance was made)."""
    return [field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields]


def column_list(fields):
    return ", ".join(connection.ops.quote_name(field.column) for field in fields)

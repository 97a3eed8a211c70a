"""Record keys for the cell key method of disclosure control (reports/domain/perturbation.py).

A record key is a random number from 0 to 255 drawn from the operating system's secure
source when a countable row is written (a table's count for an option, a ballot, a
table's result, a registrant), stored with the row and never shown or exported: nothing
outside the database can derive it, and it never changes, so a published figure built
from the same rows always gets the same noise."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

RECORD_KEY_SPACE = 256


def new_record_key():
    return secrets.randbelow(RECORD_KEY_SPACE)


def record_key_field():
    """The ``record_key`` column every countable model carries."""
    return models.PositiveSmallIntegerField(
        _("record key"), default=new_record_key, editable=False,
        help_text=_("Random, secret: decides the noise of the published figures this row counts in."),
    )


def randomise_record_keys(apps, schema_editor, *, model_labels):
    """Migration step: give the rows that existed before the column their own random
    key (the column's default gave all of them the same one)."""
    vendor = schema_editor.connection.vendor
    expression = "floor(random() * 256)::int" if vendor == "postgresql" else "abs(random()) % 256"
    with schema_editor.connection.cursor() as cursor:
        for label in model_labels:
            table = schema_editor.connection.ops.quote_name(apps.get_model(label)._meta.db_table)
            cursor.execute(f"UPDATE {table} SET record_key = {expression}")  # noqa: S608

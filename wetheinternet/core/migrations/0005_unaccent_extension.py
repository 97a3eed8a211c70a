"""PostgreSQL's ``unaccent`` extension, for searching texts accent-insensitively in the
database without keeping a folded copy of them (``core.lists.Folded``). On SQLite the
same folding is a function registered on each connection (``core.apps``)."""

from django.db import migrations


def create_unaccent(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # A trusted extension since PostgreSQL 13: the database's owner may create it.
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")


class Migration(migrations.Migration):
    dependencies = [("core", "0004_message_log")]

    operations = [migrations.RunPython(create_unaccent, migrations.RunPython.noop, elidable=False)]

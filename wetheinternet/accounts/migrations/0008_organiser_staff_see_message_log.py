"""Organiser staff read the message log (``core.Message``, masked recipients, no bodies):
the group's permissions are set again from ``accounts/staff_permissions.py``."""

from django.db import migrations

from wetheinternet.accounts.staff_permissions import sync_group


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_portuguese_preferred_language"),
        ("core", "0003_message_log"),
    ]

    operations = [migrations.RunPython(sync_group, migrations.RunPython.noop)]

"""Organiser staff read the message log (``core.Message``, masked recipients, no bodies):
the group's permissions are set again from ``accounts/staff_permissions.py``."""

from django.db import migrations

from wetheinternet.accounts.staff_permissions import sync_group


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0007_analyst_translator_roles"),
        ("analysis", "0002_evaluation"),
        ("core", "0004_message_log"),
    ]

    operations = [migrations.RunPython(sync_group, migrations.RunPython.noop)]

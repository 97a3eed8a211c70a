"""Organiser staff see releases and booked releases in the console (read-only): the
group's permissions are set again from ``accounts/staff_permissions.py``."""

from django.db import migrations

from wetheinternet.accounts.staff_permissions import sync_group


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_organiser_staff_group"),
        ("reports", "0005_scheduled_releases"),
    ]

    operations = [migrations.RunPython(sync_group, migrations.RunPython.noop)]

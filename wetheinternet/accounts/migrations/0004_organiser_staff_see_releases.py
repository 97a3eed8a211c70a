"""Organiser staff see releases and booked releases in the console (read-only): the
group's permissions are set again from ``accounts/staff_permissions.py``."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from wetheinternet.accounts.staff_permissions import ORGANISER_STAFF_GROUP, permissions_filter


def sync_group(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=ORGANISER_STAFF_GROUP)
    group.permissions.set(Permission.objects.filter(permissions_filter()))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_organiser_staff_group"),
        ("reports", "0005_scheduled_releases"),
    ]

    operations = [migrations.RunPython(sync_group, migrations.RunPython.noop)]

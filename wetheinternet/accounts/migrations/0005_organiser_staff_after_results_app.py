"""Table results moved to the results app and features to dialogues: the group's
permissions are set again from ``accounts/staff_permissions.py`` (the moved content
types kept their permission rows; this also gives a new database the moved ones)."""

from django.db import migrations

from wetheinternet.accounts.staff_permissions import sync_group


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_organiser_staff_see_releases"),
        ("dialogues", "0008_feature_and_category_tables_and_content_types"),
        ("results", "0002_tables_and_content_types"),
    ]

    operations = [migrations.RunPython(sync_group, migrations.RunPython.noop)]

"""Table results take tables named after their app (a rename: the rows stay), and their
content types follow them, so permissions, the organiser staff group and audit entries
that point at them keep working."""

import functools

from django.db import migrations

from wetheinternet.core.content_types import move_content_types

MODELS = ["resultsubmission", "ballot", "ballotanswer", "ballotcategory", "optioncount", "openanswer"]


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('results', '0001_initial'),
        ('dialogues', '0008_feature_and_category_tables_and_content_types'),
        ('reports', '0006_results_belong_to_the_results_app'),
    ]

    operations = [
        migrations.AlterModelTable(name='resultsubmission', table=None),
        migrations.AlterModelTable(name='ballot', table=None),
        migrations.AlterModelTable(name='ballotanswer', table=None),
        migrations.AlterModelTable(name='ballotcategory', table=None),
        migrations.AlterModelTable(name='optioncount', table=None),
        migrations.AlterModelTable(name='openanswer', table=None),
        migrations.RunPython(
            functools.partial(move_content_types, models=MODELS, from_app='dialogues', to_app='results'),
            functools.partial(move_content_types, models=MODELS, from_app='results', to_app='dialogues'),
        ),
    ]

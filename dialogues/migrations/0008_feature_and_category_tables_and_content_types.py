"""Features and categories take tables named after their app (a rename: the rows stay),
and their content types follow them, so permissions, the organiser staff group and audit
entries that point at them keep working."""

import functools

from django.db import migrations

from wetheinternet.core.content_types import move_content_types

MODELS = ["feature", "category"]


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('dialogues', '0007_results_move_to_the_results_app'),
        ('registrations', '0006_features_and_categories_move_to_dialogues'),
    ]

    operations = [
        migrations.AlterModelTable(name='feature', table=None),
        migrations.AlterModelTable(name='category', table=None),
        migrations.RunPython(
            functools.partial(move_content_types, models=MODELS, from_app='registrations', to_app='dialogues'),
            functools.partial(move_content_types, models=MODELS, from_app='dialogues', to_app='registrations'),
        ),
    ]

"""Demographic features and categories now live in dialogues
(``dialogues/migrations/0006_features_and_categories_join_the_dialogue.py``): quotas and
answers point there, registrations forgets the models; the tables and rows stay."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('registrations', '0005_merge_record_key'),
        ('dialogues', '0007_results_move_to_the_results_app'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='quotatarget',
                    name='category',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='quotas', to='dialogues.category'),
                ),
                migrations.AlterField(
                    model_name='registrantanswer',
                    name='category',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='answers', to='dialogues.category'),
                ),
                migrations.AlterField(
                    model_name='registrantanswer',
                    name='feature',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='dialogues.feature'),
                ),
                migrations.DeleteModel(name='Category'),
                migrations.DeleteModel(name='Feature'),
            ],
        ),
    ]

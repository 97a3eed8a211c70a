"""Releases and open-answer reviews point at the results app's models (same tables:
only the migration state changes)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0005_scheduled_releases'),
        ('results', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='openanswerreview',
                    name='answer',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='review', to='results.openanswer'),
                ),
                migrations.AlterField(
                    model_name='release',
                    name='submissions',
                    field=models.ManyToManyField(blank=True, related_name='releases', to='results.resultsubmission'),
                ),
            ],
        ),
    ]

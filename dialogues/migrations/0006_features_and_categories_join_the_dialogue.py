"""Demographic features and their categories are part of a dialogue's design: their
models move here from registrations (the tables and rows stay; ``0008`` renames the
tables and moves the content types)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('dialogues', '0005_record_keys_for_disclosure_control'),
        ('registrations', '0005_merge_record_key'),
    ]

    operations = [
        # The tables exist (made by registrations' migrations): only the migration state changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Feature',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.SlugField(max_length=40, verbose_name='code')),
                        ('name', models.CharField(max_length=200, verbose_name='question')),
                        ('name_en', models.CharField(max_length=200, null=True, verbose_name='question')),
                        ('name_fr', models.CharField(max_length=200, null=True, verbose_name='question')),
                        ('name_es', models.CharField(max_length=200, null=True, verbose_name='question')),
                        ('name_ar', models.CharField(max_length=200, null=True, verbose_name='question')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
                        ('dialogue', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='features', to='dialogues.dialogue')),
                    ],
                    options={
                        'db_table': 'registrations_feature',
                        'verbose_name': 'demographic feature',
                        'verbose_name_plural': 'demographic features',
                        'ordering': ['dialogue', 'position', 'id'],
                        'constraints': [models.UniqueConstraint(fields=('dialogue', 'code'), name='unique_feature_code')],
                    },
                ),
                migrations.CreateModel(
                    name='Category',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.SlugField(max_length=40, verbose_name='code')),
                        ('label', models.CharField(max_length=200, verbose_name='label')),
                        ('label_en', models.CharField(max_length=200, null=True, verbose_name='label')),
                        ('label_fr', models.CharField(max_length=200, null=True, verbose_name='label')),
                        ('label_es', models.CharField(max_length=200, null=True, verbose_name='label')),
                        ('label_ar', models.CharField(max_length=200, null=True, verbose_name='label')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
                        ('feature', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='categories', to='dialogues.feature')),
                    ],
                    options={
                        'db_table': 'registrations_category',
                        'verbose_name': 'category',
                        'verbose_name_plural': 'categories',
                        'ordering': ['feature', 'position', 'id'],
                        'constraints': [models.UniqueConstraint(fields=('feature', 'code'), name='unique_category_code')],
                    },
                ),
            ],
        ),
    ]

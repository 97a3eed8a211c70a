"""Table results move here from dialogues: the models only (their tables and rows stay
where they are; ``0002`` renames the tables and moves the content types)."""

import django.db.models.deletion
import wetheinternet.core.record_keys
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('core', '0002_deferred_task'),
        ('dialogues', '0006_features_and_categories_join_the_dialogue'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The tables exist (made by dialogues' migrations): only the migration state changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ResultSubmission',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('client_id', models.UUIDField(help_text='Made by the device that sent it.', unique=True, verbose_name='submission id')),
                        ('superseded_at', models.DateTimeField(blank=True, null=True, verbose_name='replaced at')),
                        ('submitted_at', models.DateTimeField(verbose_name='sent at')),
                        ('people_present', models.PositiveSmallIntegerField(verbose_name='people present')),
                        ('entry_mode', models.CharField(choices=[('ballots', 'Individual ballots'), ('counts', 'Show of hands (counts only)')], max_length=10, verbose_name='entry mode')),
                        ('content_hash', models.CharField(max_length=64, verbose_name='content fingerprint')),
                        ('state', models.CharField(choices=[('sent', 'Sent'), ('confirmed', 'Confirmed'), ('rejected', 'Rejected')], default='sent', max_length=10, verbose_name='state')),
                        ('reviewed_at', models.DateTimeField(blank=True, null=True, verbose_name='reviewed at')),
                        ('rejection_reason', models.TextField(blank=True, verbose_name='reason for rejection')),
                        ('record_key', models.PositiveSmallIntegerField(default=wetheinternet.core.record_keys.new_record_key, editable=False, help_text='Random, secret: decides the noise of the published figures this row counts in.', verbose_name='record key')),
                        ('photo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.storedfile', verbose_name='photo of the paper sheet')),
                        ('replaces', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='replaced_by', to='results.resultsubmission', verbose_name='corrects')),
                        ('reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='reviewed_results', to=settings.AUTH_USER_MODEL, verbose_name='reviewed by')),
                        ('submitted_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='result_submissions', to=settings.AUTH_USER_MODEL, verbose_name='sent by')),
                        ('table', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='results', to='dialogues.table', verbose_name='table')),
                        ('topic', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='results', to='dialogues.topic', verbose_name='session')),
                    ],
                    options={
                        'db_table': 'dialogues_resultsubmission',
                        'verbose_name': 'table result',
                        'verbose_name_plural': 'table results',
                        'ordering': ['table', 'topic', 'submitted_at'],
                    },
                ),
                migrations.CreateModel(
                    name='OptionCount',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('count', models.PositiveSmallIntegerField(verbose_name='count')),
                        ('record_key', models.PositiveSmallIntegerField(default=wetheinternet.core.record_keys.new_record_key, editable=False, help_text='Random, secret: decides the noise of the published figures this row counts in.', verbose_name='record key')),
                        ('option', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='dialogues.option')),
                        ('question', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='dialogues.question')),
                        ('submission', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='counts', to='results.resultsubmission')),
                    ],
                    options={
                        'db_table': 'dialogues_optioncount',
                        'verbose_name': 'count per option',
                        'verbose_name_plural': 'counts per option',
                    },
                ),
                migrations.CreateModel(
                    name='OpenAnswer',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('text', models.TextField(max_length=2000, verbose_name='answer')),
                        ('rank', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='importance rank')),
                        ('question', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='dialogues.question')),
                        ('submission', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='open_answers', to='results.resultsubmission')),
                    ],
                    options={
                        'db_table': 'dialogues_openanswer',
                        'verbose_name': 'open answer',
                        'verbose_name_plural': 'open answers',
                        'ordering': ['submission', 'question', 'rank', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='Ballot',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('seat_number', models.PositiveSmallIntegerField(verbose_name='seat')),
                        ('record_key', models.PositiveSmallIntegerField(default=wetheinternet.core.record_keys.new_record_key, editable=False, help_text='Random, secret: decides the noise of the published figures this row counts in.', verbose_name='record key')),
                        ('submission', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='ballots', to='results.resultsubmission')),
                    ],
                    options={
                        'db_table': 'dialogues_ballot',
                        'verbose_name': 'ballot',
                        'verbose_name_plural': 'ballots',
                        'ordering': ['submission', 'seat_number'],
                    },
                ),
                migrations.CreateModel(
                    name='BallotAnswer',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('ballot', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='answers', to='results.ballot')),
                        ('option', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='dialogues.option')),
                        ('question', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='dialogues.question')),
                    ],
                    options={
                        'db_table': 'dialogues_ballotanswer',
                        'verbose_name': 'ballot answer',
                        'verbose_name_plural': 'ballot answers',
                        'constraints': [models.UniqueConstraint(condition=models.Q(('option__isnull', False)), fields=('ballot', 'question', 'option'), name='unique_ballot_answer_option'), models.UniqueConstraint(condition=models.Q(('option__isnull', True)), fields=('ballot', 'question'), name='one_abstention_per_ballot_question')],
                    },
                ),
                migrations.CreateModel(
                    name='BallotCategory',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('ballot', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='categories', to='results.ballot')),
                        ('category', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='dialogues.category')),
                    ],
                    options={
                        'db_table': 'dialogues_ballotcategory',
                        'verbose_name': 'ballot category',
                        'verbose_name_plural': 'ballot categories',
                        'constraints': [models.UniqueConstraint(fields=('ballot', 'category'), name='unique_ballot_category')],
                    },
                ),
                migrations.AddIndex(
                    model_name='resultsubmission',
                    index=models.Index(fields=['topic', 'state'], name='result_topic_state_idx'),
                ),
                migrations.AddConstraint(
                    model_name='resultsubmission',
                    constraint=models.UniqueConstraint(condition=models.Q(('superseded_at__isnull', True)), fields=('table', 'topic'), name='one_current_result_per_table_session'),
                ),
                migrations.AddConstraint(
                    model_name='resultsubmission',
                    constraint=models.CheckConstraint(condition=models.Q(('people_present__gte', 0)), name='result_people_present_not_negative'),
                ),
                migrations.AddConstraint(
                    model_name='resultsubmission',
                    constraint=models.CheckConstraint(condition=models.Q(('state__in', ['sent', 'confirmed', 'rejected'])), name='result_state_known'),
                ),
                migrations.AddConstraint(
                    model_name='resultsubmission',
                    constraint=models.CheckConstraint(condition=models.Q(('entry_mode__in', ['ballots', 'counts'])), name='result_entry_mode_known'),
                ),
                migrations.AddIndex(
                    model_name='optioncount',
                    index=models.Index(fields=['question', 'option'], name='option_count_question_idx'),
                ),
                migrations.AddConstraint(
                    model_name='optioncount',
                    constraint=models.CheckConstraint(condition=models.Q(('count__gte', 0)), name='option_count_not_negative'),
                ),
                migrations.AddConstraint(
                    model_name='optioncount',
                    constraint=models.UniqueConstraint(condition=models.Q(('option__isnull', False)), fields=('submission', 'question', 'option'), name='unique_option_count'),
                ),
                migrations.AddConstraint(
                    model_name='optioncount',
                    constraint=models.UniqueConstraint(condition=models.Q(('option__isnull', True)), fields=('submission', 'question'), name='unique_abstention_count'),
                ),
                migrations.AddConstraint(
                    model_name='openanswer',
                    constraint=models.CheckConstraint(condition=models.Q(('rank__isnull', True), ('rank__gte', 1), _connector='OR'), name='open_answer_rank_from_1'),
                ),
                migrations.AddConstraint(
                    model_name='openanswer',
                    constraint=models.UniqueConstraint(condition=models.Q(('rank__isnull', False)), fields=('submission', 'question', 'rank'), name='unique_open_answer_rank'),
                ),
                migrations.AddConstraint(
                    model_name='ballot',
                    constraint=models.UniqueConstraint(fields=('submission', 'seat_number'), name='unique_ballot_seat'),
                ),
                migrations.AddConstraint(
                    model_name='ballot',
                    constraint=models.CheckConstraint(condition=models.Q(('seat_number__gte', 1)), name='ballot_seat_from_1'),
                ),
            ],
        ),
    ]

"""Table results now live in the results app (``results/migrations/0001_initial.py``):
dialogues forgets their models; the tables and rows stay."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('dialogues', '0006_features_and_categories_join_the_dialogue'),
        ('results', '0001_initial'),
        ('reports', '0006_results_belong_to_the_results_app'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='BallotAnswer'),
                migrations.DeleteModel(name='BallotCategory'),
                migrations.DeleteModel(name='Ballot'),
                migrations.DeleteModel(name='OptionCount'),
                migrations.DeleteModel(name='OpenAnswer'),
                migrations.DeleteModel(name='ResultSubmission'),
            ],
        ),
    ]

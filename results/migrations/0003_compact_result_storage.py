"""A table's result becomes one row: the counts per option and the ballots (with their
answers and categories) move into JSON columns of the submission (the shape is described
in results/domain/storage.py), every record key with them, so published figures and
their noise stay the same. The four tables they came from go.

On PostgreSQL the JSON columns get CHECK constraints against impossible values
(negative counts, seats from 0, record keys outside 0-255, ballots on a show of hands);
SQLite keeps the domain's checks only (it cannot add a constraint to an existing table
without rebuilding it, and has no JSON path in CHECK)."""

import django.db.models.deletion
from django.db import migrations, models

BATCH = 2000

CHECKS = {
    # lax: a missing key is an empty sequence (so !exists catches it); strict where each
    # count must be looked at as a whole array (lax would unwrap it into its numbers).
    "result_counts_shape": (
        "jsonb_typeof(counts) = 'object' AND NOT jsonb_path_exists(counts, "
        "'lax $.* ? (@.type() != \"array\")') AND NOT jsonb_path_exists(counts, "
        "'strict $.*[*] ? (@.size() != 3 || @[1] < 0 || @[1] > 32767 || @[2] < 0 || @[2] > 255)')"
    ),
    "result_ballots_shape": (
        "jsonb_typeof(ballots) = 'array' AND NOT jsonb_path_exists(ballots, "
        "'lax $[*] ? (!exists(@.seat) || @.seat < 1 || !exists(@.key) || @.key < 0 || @.key > 255 "
        "|| !exists(@.answers) || !exists(@.categories) "
        "|| @.answers.type() != \"array\" || @.categories.type() != \"array\")')"
    ),
    "result_ballots_only_by_ballot": "entry_mode = 'ballots' OR ballots = '[]'::jsonb",
}


def to_json_columns(apps, schema_editor):
    """Copy every submission's counts and ballots into its JSON columns, in batches of
    submissions (a 2020-scale dialogue has millions of answer rows)."""
    Submission = apps.get_model("results", "ResultSubmission")
    OptionCount = apps.get_model("results", "OptionCount")
    Ballot = apps.get_model("results", "Ballot")
    BallotAnswer = apps.get_model("results", "BallotAnswer")
    BallotCategory = apps.get_model("results", "BallotCategory")
    ids = list(Submission.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        batch = ids[start:start + BATCH]
        counts = {pk: {} for pk in batch}
        rows = OptionCount.objects.filter(submission_id__in=batch).order_by("pk")
        for submission, question, option, count, key in rows.values_list(
            "submission_id", "question_id", "option_id", "count", "record_key"
        ):
            counts[submission].setdefault(str(question), []).append([option, count, key])
        ballots = {pk: [] for pk in batch}
        by_id = {}
        for pk, submission, seat, key in (
            Ballot.objects.filter(submission_id__in=batch).order_by("submission_id", "seat_number")
            .values_list("pk", "submission_id", "seat_number", "record_key")
        ):
            by_id[pk] = {"seat": seat, "key": key, "answers": [], "categories": []}
            ballots[submission].append(by_id[pk])
        answers = BallotAnswer.objects.filter(ballot__submission_id__in=batch).order_by("pk")
        for ballot, question, option in answers.values_list("ballot_id", "question_id", "option_id"):
            by_id[ballot]["answers"].append([question, option])
        categories = BallotCategory.objects.filter(ballot__submission_id__in=batch).order_by("pk")
        for ballot, category in categories.values_list("ballot_id", "category_id"):
            by_id[ballot]["categories"].append(category)
        changed = [Submission(pk=pk, counts=counts[pk], ballots=ballots[pk]) for pk in batch]
        Submission.objects.bulk_update(changed, ["counts", "ballots"], batch_size=500)


def to_rows(apps, schema_editor):
    """Going back: split the JSON columns into the four tables again, record keys kept."""
    Submission = apps.get_model("results", "ResultSubmission")
    OptionCount = apps.get_model("results", "OptionCount")
    Ballot = apps.get_model("results", "Ballot")
    BallotAnswer = apps.get_model("results", "BallotAnswer")
    BallotCategory = apps.get_model("results", "BallotCategory")
    for pk, counts, ballots in Submission.objects.order_by("pk").values_list("pk", "counts", "ballots").iterator():
        OptionCount.objects.bulk_create(
            OptionCount(submission_id=pk, question_id=int(question), option_id=option, count=count, record_key=key)
            for question, rows in counts.items() for option, count, key in rows
        )
        for stored in ballots:
            ballot = Ballot.objects.create(submission_id=pk, seat_number=stored["seat"], record_key=stored["key"])
            BallotAnswer.objects.bulk_create(
                BallotAnswer(ballot_id=ballot.pk, question_id=question, option_id=option)
                for question, option in stored["answers"]
            )
            BallotCategory.objects.bulk_create(
                BallotCategory(ballot_id=ballot.pk, category_id=category) for category in stored["categories"]
            )


def add_checks(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, condition in CHECKS.items():
        schema_editor.execute(f"ALTER TABLE results_resultsubmission ADD CONSTRAINT {name} CHECK ({condition})")


def drop_checks(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in CHECKS:
        schema_editor.execute(f"ALTER TABLE results_resultsubmission DROP CONSTRAINT IF EXISTS {name}")


class Migration(migrations.Migration):

    dependencies = [
        ('results', '0002_tables_and_content_types'),
    ]

    operations = [
        # The old rows' reverse names are the new columns' names: free them first.
        migrations.AlterField(
            model_name='ballot',
            name='submission',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='results.resultsubmission'),
        ),
        migrations.AlterField(
            model_name='optioncount',
            name='submission',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='results.resultsubmission'),
        ),
        migrations.AddField(
            model_name='resultsubmission',
            name='ballots',
            field=models.JSONField(blank=True, default=list, editable=False, help_text="Each seat's anonymous answers and demographic categories (individual ballots only).", verbose_name='ballots'),
        ),
        migrations.AddField(
            model_name='resultsubmission',
            name='counts',
            field=models.JSONField(blank=True, default=dict, editable=False, help_text='Per closed question, how many people chose each option (blank: abstained).', verbose_name='counts per option'),
        ),
        migrations.RunPython(to_json_columns, to_rows, elidable=False),
        migrations.RunPython(add_checks, drop_checks),
        migrations.DeleteModel(name='BallotAnswer'),
        migrations.DeleteModel(name='BallotCategory'),
        migrations.DeleteModel(name='OptionCount'),
        migrations.DeleteModel(name='Ballot'),
    ]

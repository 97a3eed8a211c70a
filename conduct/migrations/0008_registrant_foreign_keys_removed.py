from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conduct", "0007_participant_ids_copied"),
    ]

    operations = [
        migrations.RemoveField(model_name="acceptance", name="registrant"),
        migrations.RemoveField(model_name="decision", name="subject_registrant"),
        migrations.AddConstraint(
            model_name="acceptance",
            constraint=models.CheckConstraint(
                condition=models.Q(("participant_id__isnull", True), ("user__isnull", False))
                | models.Q(("participant_id__isnull", False), ("user__isnull", True)),
                name="acceptance_by_user_or_participant",
            ),
        ),
        migrations.AddConstraint(
            model_name="acceptance",
            constraint=models.UniqueConstraint(
                condition=models.Q(("participant_id__isnull", False)),
                fields=("version", "dialogue", "participant_id"),
                name="one_acceptance_per_participant",
            ),
        ),
    ]

"""Conduct stops pointing at registrations' registrants by foreign key (registrations
sits above conduct): acceptances and decisions keep the participant's id instead
(``conduct.domain.participants``). Three steps, each in its own transaction, so that
PostgreSQL never alters a table with foreign-key checks pending: the new columns (and
the old constraints lifted), the ids copied (0007), the old columns dropped (0008)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conduct", "0005_add_portuguese_content_fields"),
    ]

    operations = [
        migrations.AddField(
            model_name="acceptance",
            name="participant_id",
            field=models.PositiveBigIntegerField(blank=True, db_index=True, null=True, verbose_name="participant"),
        ),
        migrations.AddField(
            model_name="decision",
            name="subject_participant_id",
            field=models.PositiveBigIntegerField(
                blank=True, db_index=True, null=True, verbose_name="participant concerned"
            ),
        ),
        migrations.RemoveConstraint(model_name="acceptance", name="acceptance_by_user_or_registrant"),
        migrations.RemoveConstraint(model_name="acceptance", name="one_acceptance_per_registrant"),
    ]

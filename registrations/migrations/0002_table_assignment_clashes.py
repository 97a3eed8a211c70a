from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("registrations", "0001_registrants_features_consent_seats_panels"),
    ]

    operations = [
        migrations.RemoveField(model_name="tableassignmentrun", name="score"),
        migrations.AddField(
            model_name="tableassignmentrun",
            name="clashes",
            field=models.PositiveIntegerField(default=0, verbose_name="pairs at a table sharing a category"),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="tableassignmentrun",
            name="best_bound",
            field=models.PositiveIntegerField(verbose_name="fewest such pairs achievable (bound)"),
        ),
    ]

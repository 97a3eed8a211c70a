from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('conduct', '0001_codes_acceptance_consultation_incidents'),
    ]

    operations = [
        migrations.AddField(
            model_name='incident',
            name='notified_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='conduct team notified at'),
        ),
    ]

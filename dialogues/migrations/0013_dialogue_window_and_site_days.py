"""A dialogue runs over a window (``end_date``: its last day, empty for one day) and
each site meets on one or more days (``SiteDay``). Every existing site gets one day with
its old date (or the dialogue's date), start time, link and format, so existing one-day
dialogues keep working unchanged; a dialogue whose sites met on other dates gets a
window that covers them."""

import datetime
import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


def days_from_sites(apps, schema_editor):
    Site = apps.get_model("dialogues", "Site")
    SiteDay = apps.get_model("dialogues", "SiteDay")
    Dialogue = apps.get_model("dialogues", "Dialogue")
    dates = {}
    for site in Site.objects.select_related("partner__dialogue").iterator():
        dialogue = site.partner.dialogue
        date = site.local_date or dialogue.deliberation_date
        SiteDay.objects.create(
            site=site, date=date, start_time=site.local_start_time, meeting_link=site.meeting_link,
            mode="online" if site.mode == "online" else "in_person",
        )
        dates.setdefault(dialogue.pk, []).append(date)
    for dialogue in Dialogue.objects.all():
        days = dates.get(dialogue.pk, []) + [dialogue.deliberation_date]
        dialogue.deliberation_date, dialogue.end_date = min(days), max(days)
        dialogue.save(update_fields=["deliberation_date", "end_date"])


def sites_from_days(apps, schema_editor):
    Site = apps.get_model("dialogues", "Site")
    for site in Site.objects.prefetch_related("days"):
        first = min(site.days.all(), key=lambda day: day.date, default=None)
        if first is not None:
            site.local_date, site.local_start_time, site.meeting_link = first.date, first.start_time, first.meeting_link
            site.save(update_fields=["local_date", "local_start_time", "meeting_link"])


class Migration(migrations.Migration):

    dependencies = [
        ('dialogues', '0012_site_address_directions_search_text'),
    ]

    operations = [
        migrations.CreateModel(
            name='SiteDay',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('date', models.DateField(verbose_name='date')),
                ('mode', models.CharField(choices=[('in_person', 'In person'), ('online', 'Online')], default='in_person', max_length=20, verbose_name='format')),
                ('start_time', models.TimeField(default=datetime.time(9, 0), verbose_name='local start time')),
                ('meeting_link', models.URLField(blank=True, verbose_name='meeting link')),
            ],
            options={
                'verbose_name': 'day at a site',
                'verbose_name_plural': 'days at a site',
                'ordering': ['site', 'date'],
            },
        ),
        migrations.AddField(
            model_name='agendatemplateitem',
            name='day_number',
            field=models.PositiveSmallIntegerField(default=1, help_text="1 for the site's first day, 2 for its second; a site with fewer days holds it on its last day.", validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(31)], verbose_name='day'),
        ),
        migrations.AddField(
            model_name='dialogue',
            name='end_date',
            field=models.DateField(blank=True, help_text='For a dialogue held over several days or a month. Leave empty for a one-day dialogue.', null=True, verbose_name='last day'),
        ),
        migrations.AddField(
            model_name='dialogue',
            name='toolkit_published_at',
            field=models.DateTimeField(blank=True, help_text="When set, anyone can read and download the dialogue's design as a toolkit.", null=True, verbose_name='toolkit published at'),
        ),
        migrations.AlterField(
            model_name='dialogue',
            name='retention_days',
            field=models.PositiveIntegerField(default=365, verbose_name="personal-data retention (days after the dialogue's last day)"),
        ),
        migrations.AlterField(
            model_name='dialogue',
            name='deliberation_date',
            field=models.DateField(verbose_name='Deliberation Day (first day)'),
        ),
        migrations.AddConstraint(
            model_name='agendatemplateitem',
            constraint=models.CheckConstraint(condition=models.Q(('day_number__gte', 1)), name='agenda_template_day_number_positive'),
        ),
        migrations.AddConstraint(
            model_name='dialogue',
            constraint=models.CheckConstraint(condition=models.Q(('end_date__isnull', True), ('end_date__gte', models.F('deliberation_date')), _connector='OR'), name='dialogue_window_ends_after_it_starts', violation_error_message='The last day of the dialogue cannot be before its first day.'),
        ),
        migrations.AddField(
            model_name='siteday',
            name='site',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='days', to='dialogues.site'),
        ),
        migrations.AddConstraint(
            model_name='siteday',
            constraint=models.UniqueConstraint(fields=('site', 'date'), name='unique_site_day_date'),
        ),
        migrations.RunPython(days_from_sites, sites_from_days),
        migrations.RemoveField(
            model_name='site',
            name='local_date',
        ),
        migrations.RemoveField(
            model_name='site',
            name='local_start_time',
        ),
        migrations.RemoveField(
            model_name='site',
            name='meeting_link',
        ),
    ]

"""The "Organiser staff" permission group: what organiser staff change in the admin
console without being superusers. Given to staff by ``grant_organiser_staff``. The
confidential models (incidents, registrants, consent records, ballots) are not in it:
they are never in the console."""

from django.db import migrations

from wetheinternet.accounts.staff_permissions import ORGANISER_STAFF_GROUP as GROUP_NAME
from wetheinternet.accounts.staff_permissions import sync_group


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_sign_in_suspensions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("dialogues", "0004_closed_questions_are_individual_votes"),
        ("registrations", "0002_table_assignment_clashes"),
        ("conduct", "0002_incident_notified_at"),
        ("reports", "0002_report_jobs_and_open_answer_reviews"),
    ]

    operations = [migrations.RunPython(sync_group, remove_group)]

"""Copy each registrant link into the participant id (and back). Going back, an id whose
registrant no longer exists is treated as the old foreign key would have been: the
acceptance goes (it cascaded), the decision forgets its participant (it was set null)."""

from django.db import migrations
from django.db.models import F


def copy_registrant_links(apps, schema_editor):
    Acceptance = apps.get_model("conduct", "Acceptance")
    Decision = apps.get_model("conduct", "Decision")
    Acceptance.objects.filter(registrant__isnull=False).update(participant_id=F("registrant_id"))
    Decision.objects.filter(subject_registrant__isnull=False).update(subject_participant_id=F("subject_registrant_id"))


def copy_participant_ids_back(apps, schema_editor):
    Acceptance = apps.get_model("conduct", "Acceptance")
    Decision = apps.get_model("conduct", "Decision")
    Registrant = apps.get_model("registrations", "Registrant")
    registrants = Registrant.objects.values("pk")
    Acceptance.objects.filter(participant_id__isnull=False).exclude(participant_id__in=registrants).delete()
    Decision.objects.filter(subject_participant_id__isnull=False).exclude(subject_participant_id__in=registrants).update(
        subject_participant_id=None
    )
    Acceptance.objects.filter(participant_id__isnull=False).update(registrant_id=F("participant_id"))
    Decision.objects.filter(subject_participant_id__isnull=False).update(subject_registrant_id=F("subject_participant_id"))


class Migration(migrations.Migration):
    dependencies = [
        ("conduct", "0006_participant_ids_added"),
    ]

    operations = [
        migrations.RunPython(copy_registrant_links, copy_participant_ids_back),
    ]

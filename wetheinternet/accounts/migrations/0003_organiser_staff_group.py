"""The "Organiser staff" permission group: what organiser staff change in the admin
console without being superusers. Given to staff by ``grant_organiser_staff``. The
confidential models (incidents, registrants, consent records, ballots) are not in it:
they are never in the console."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Organiser staff"

# app label -> model -> actions
PERMISSIONS = {
    "dialogues": {
        "dialogue": ("view", "add", "change"),
        "topic": ("view", "add", "change"),
        "question": ("view", "add", "change"),
        "option": ("view", "add", "change", "delete"),
        "agendatemplateitem": ("view", "add", "change", "delete"),
        "partner": ("view", "add", "change"),
        "partnerapplication": ("view",),
        "partnermembership": ("view",),
        "onboardingchecklist": ("view",),
        "trainingattempt": ("view",),
        "site": ("view", "add", "change"),
        "scheduleditem": ("view",),
        "table": ("view",),
        "resultsubmission": ("view",),
    },
    "registrations": {
        "feature": ("view", "add", "change"),
        "category": ("view", "add", "change", "delete"),
        "quotatarget": ("view", "add", "change", "delete"),
        "consenttext": ("view", "add", "change"),
        "panelrun": ("view",),
        "retentionpurge": ("view",),
    },
    "conduct": {
        "codeofconduct": ("view", "add", "change"),
        "codeversion": ("view", "add", "change"),
        "workingsession": ("view", "add", "change", "delete"),
        "guidelinespresentation": ("view",),
    },
    "reports": {
        "reportjob": ("view",),
        "rendereddocument": ("view",),
        "openanswerreview": ("view",),
    },
    "core": {"auditentry": ("view",)},
    "accounts": {"user": ("view",)},
}


def create_group(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    codenames = [
        (app, f"{action}_{model}") for app, models in PERMISSIONS.items() for model, actions in models.items()
        for action in actions
    ]
    permissions = [Permission.objects.get(content_type__app_label=app, codename=code) for app, code in codenames]
    group.permissions.set(permissions)


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

    operations = [migrations.RunPython(create_group, remove_group)]

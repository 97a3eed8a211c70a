"""What organiser staff may change in the admin console: the "Organiser staff"
permission group. Plain data, read by the migration that creates the group and by
``organiser_staff_group`` (which re-creates it if it was deleted). The confidential
models (incidents, registrants, consent records, ballots) are not in it: they are never
in the console."""

ORGANISER_STAFF_GROUP = "Organiser staff"

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
        "feature": ("view", "add", "change"),
        "category": ("view", "add", "change", "delete"),
    },
    "registrations": {
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
    "results": {"resultsubmission": ("view",)},
    "reports": {
        "reportjob": ("view",),
        "rendereddocument": ("view",),
        "openanswerreview": ("view",),
        "release": ("view",),
        "scheduledrelease": ("view",),
    },
    "core": {"auditentry": ("view",), "message": ("view",)},
    # Evaluation questionnaires are written in the console; their answers are not in it.
    "analysis": {
        "questionnaire": ("view", "add", "change"),
        "evaluationquestion": ("view", "add", "change", "delete"),
        "evaluationchoice": ("view", "add", "change", "delete"),
    },
    "accounts": {"user": ("view",)},
}



def permission_codenames():
    """``(app_label, codename)`` of every permission of the group."""
    return [
        (app, f"{action}_{model}")
        for app, models in PERMISSIONS.items()
        for model, actions in models.items()
        for action in actions
    ]


def permissions_filter():
    """A ``Q`` matching the group's permissions among ``auth.Permission`` rows (those of
    models a migration has not created yet are simply not there)."""
    from django.db.models import Q

    wanted = Q(pk__in=[])
    for app, codename in permission_codenames():
        wanted |= Q(content_type__app_label=app, codename=codename)
    return wanted


def sync_group(apps, schema_editor=None):
    """Migration step: create the group (with the permissions of the models that exist
    at that point of the migration graph) or set its permissions again."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=ORGANISER_STAFF_GROUP)
    group.permissions.set(apps.get_model("auth", "Permission").objects.filter(permissions_filter()))

"""Foreign keys, one-to-one and many-to-many fields follow the app order, as imports do
(docs/structure.md, "Imports flow one way"): a model points only at models of its own
app or of the apps to its left. import-linter cannot see a relation named by a string
("registrations.Registrant"); this reads every model's fields instead."""

from django.apps import apps

APP_ORDER = ["accounts", "core", "dialogues", "conduct", "registrations", "results", "reports", "analysis"]


def _rank(model):
    label = model._meta.app_label
    return APP_ORDER.index(label) if label in APP_ORDER else -1  # Django's and libraries' apps come first


def test_no_model_points_at_an_app_to_its_right():
    against_the_order = [
        f"{model._meta.label}.{field.name} -> {field.related_model._meta.label}"
        for model in apps.get_models()
        if model._meta.app_label in APP_ORDER
        for field in model._meta.get_fields(include_hidden=True)
        if field.concrete and field.is_relation and field.related_model is not None
        and _rank(field.related_model) > _rank(model)
    ]

    assert against_the_order == []

"""Migration step for models that move to another app while their rows stay: their
content types follow them, so the permissions of those models (and the groups and
users holding them), the audit entries and the console's history that point at them
keep working under the new app label.

Normally only the old content type exists and it is relabelled. If the new one was
made too (``create_permissions`` runs inside some migrations, for every model of the
migration state at that point), whatever points at the new one is moved to the old one
first, then the new one is removed and the old one relabelled: nothing is lost."""

from django.db.models import ForeignKey


def move_content_types(apps, schema_editor, *, models, from_app, to_app):
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(schema_editor.connection.alias)
    for model in models:
        old = content_types.filter(app_label=from_app, model=model).first()
        if old is None:
            continue
        new = content_types.filter(app_label=to_app, model=model).first()
        if new is not None:
            _merge_into(apps, old, new)
            new.delete()
        old.app_label = to_app
        old.save(update_fields=["app_label"])


def _merge_into(apps, kept, extra):
    """Point everything that refers to the content type ``extra`` at ``kept``."""
    content_type = apps.get_model("contenttypes", "ContentType")
    permission = apps.get_model("auth", "Permission")
    for extra_permission in permission.objects.filter(content_type=extra):
        twin = permission.objects.filter(content_type=kept, codename=extra_permission.codename).first()
        if twin is None:
            extra_permission.content_type = kept
            extra_permission.save(update_fields=["content_type"])
            continue
        _move_references(apps, permission, extra_permission, twin)
        extra_permission.delete()
    for model, field in _foreign_keys_to(apps, content_type):
        if model is not permission:
            model._default_manager.filter(**{field.name: extra}).update(**{field.name: kept})


def _move_references(apps, target_model, old, new):
    """Rows pointing at ``old`` point at ``new``; a row that would then be a duplicate
    (a group or user holding both permissions) is dropped instead."""
    for model, field in _foreign_keys_to(apps, target_model):
        others = [f for f in model._meta.fields if isinstance(f, ForeignKey) and f is not field]
        for row in model._default_manager.filter(**{field.name: old}):
            twin = {f.name: getattr(row, f.attname) for f in others}
            if model._default_manager.filter(**{field.name: new}, **{f"{k}_id": v for k, v in twin.items()}).exists():
                row.delete()
            else:
                model._default_manager.filter(pk=row.pk).update(**{field.name: new})


def _foreign_keys_to(apps, target_model):
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.fields:
            if isinstance(field, ForeignKey) and field.related_model is target_model:
                yield model, field

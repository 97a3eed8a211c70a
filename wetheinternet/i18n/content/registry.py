"""Every translatable content field, read from modeltranslation's registry so that a
model registered in any app's ``translation.py`` appears without further work."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname


def content_languages():
    """Language codes content can be translated into, in the order of settings.LANGUAGES."""
    return [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class TranslatableField:
    model: type
    name: str

    @property
    def key(self):
        """Stable name used in export files: ``app_label.ModelName.field``."""
        return f"{self.model._meta.label}.{self.name}"

    @property
    def label(self):
        meta = self.model._meta
        return f"{meta.verbose_name} · {meta.get_field(self.name).verbose_name}"

    def column(self, language):
        return build_localized_fieldname(self.name, language)

    def max_length(self):
        return self.model._meta.get_field(self.column(content_languages()[0])).max_length

    def is_empty(self, language):
        column = self.column(language)
        return Q(**{f"{column}__isnull": True}) | Q(**{column: ""})

    def has_text(self):
        """Rows with text in at least one language: only those can miss a translation."""
        condition = Q()
        for language in content_languages():
            condition |= ~self.is_empty(language)
        return condition


def translatable_fields():
    """Every registered (model, field), models in app order, fields in model order."""
    fields = []
    models = [model for model in translator.get_registered_models(abstract=False) if not model._meta.proxy]
    for model in sorted(models, key=lambda m: m._meta.label):
        names = set(translator.get_options_for_model(model).fields)
        fields.extend(TranslatableField(model, field.name) for field in model._meta.fields if field.name in names)
    return fields


def field_by_key(key):
    """The TranslatableField named ``key`` (``app_label.ModelName.field``), or None."""
    return next((field for field in translatable_fields() if field.key == key), None)


def source_of(values, *, preferred):
    """``(language, text)`` of the text translators start from: the preferred language
    if it has text, else the first language that has."""
    for language in [preferred, *content_languages()]:
        if (values.get(language) or "").strip():
            return language, values[language]
    return None, ""

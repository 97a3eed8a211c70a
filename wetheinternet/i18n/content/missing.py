"""Which content translations are missing, counted per field and language, and listed
one by one for the export file."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count

from .registry import TranslatableField, content_languages, source_of, translatable_fields


@dataclass(frozen=True)
class FieldStatus:
    field: TranslatableField
    with_text: int
    missing: dict  # language code -> number of rows without a translation


@dataclass(frozen=True)
class MissingTranslation:
    field: TranslatableField
    object_id: object
    language: str
    source_language: str
    source_text: str


def missing_counts():
    """One FieldStatus per translatable field; one query per field."""
    statuses = []
    for field in translatable_fields():
        has_text = field.has_text()
        counts = field.model._base_manager.aggregate(
            with_text=Count("pk", filter=has_text),
            **{f"missing_{code}": Count("pk", filter=has_text & field.is_empty(code)) for code in content_languages()},
        )
        missing = {code: counts[f"missing_{code}"] for code in content_languages()}
        statuses.append(FieldStatus(field=field, with_text=counts["with_text"], missing=missing))
    return statuses


def missing_translations(languages=None):
    """Every (object, field, language) with text in some language but not in this one,
    with the text to translate from (the default language when it has text)."""
    languages = languages or content_languages()
    preferred = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    for field in translatable_fields():
        columns = [field.column(code) for code in content_languages()]
        rows = field.model._base_manager.filter(field.has_text()).order_by("pk").values_list("pk", *columns)
        for pk, *texts in rows:
            values = dict(zip(content_languages(), texts, strict=True))
            source_language, source_text = source_of(values, preferred=preferred)
            for code in languages:
                if code != source_language and not (values[code] or "").strip():
                    yield MissingTranslation(field, pk, code, source_language, source_text)

"""The round trip with translators: export the missing content translations to a
spreadsheet, import the filled-in file back, all or nothing."""

from dataclasses import dataclass

import tablib
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wetheinternet.core.audit import log_action
from wetheinternet.core.exceptions import DomainError

from .missing import missing_translations
from .registry import content_languages, field_by_key, source_of

HEADERS = ("field", "object_id", "what", "language", "source_language", "source_text", "translation")
REQUIRED_HEADERS = ("field", "object_id", "language", "source_text", "translation")
FILE_FORMATS = {
    "csv": ("text/csv; charset=utf-8", gettext_lazy("CSV (any spreadsheet)")),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", gettext_lazy("Excel (XLSX)")),
}


@dataclass(frozen=True)
class RowError:
    row: int  # as numbered in a spreadsheet: the header is row 1
    message: str


class TranslationImportRefused(DomainError):
    """Nothing was imported; ``errors`` says why, row by row."""

    def __init__(self, errors):
        super().__init__(_("The file was not imported."))
        self.errors = errors


@dataclass(frozen=True)
class ImportSummary:
    updated: int
    skipped: int


def export_missing(*, languages, file_format):
    """The missing translations for ``languages`` as file bytes in ``file_format``."""
    dataset = tablib.Dataset(headers=list(HEADERS))
    for item in missing_translations(languages):
        dataset.append([item.field.key, str(item.object_id), item.field.label, item.language,
                        item.source_language, item.source_text, ""])
    exported = dataset.export(file_format)
    return exported.encode("utf-8-sig") if isinstance(exported, str) else exported


def read_dataset(content, *, file_format):
    """Parse uploaded bytes; refuse with one error when the file cannot be read."""
    try:
        if file_format == "csv":
            dataset = tablib.Dataset().load(content.decode("utf-8-sig"), format="csv")
        else:
            dataset = tablib.Dataset().load(content, format="xlsx")
    except Exception as error:  # any parse failure gets the same answer
        raise TranslationImportRefused([RowError(1, _("The file could not be read as %(format)s.") % {
            "format": file_format.upper()})]) from error
    missing = [header for header in REQUIRED_HEADERS if header not in (dataset.headers or [])]
    if missing:
        raise TranslationImportRefused([RowError(1, _("Columns missing: %(columns)s.") % {
            "columns": ", ".join(missing)})])
    return dataset


def import_translations(content, *, file_format, by):
    """Check every row of the file, then write all its translations or none.

    Side effects: updates the translated columns of the rows named in the file (one
    transaction), writes the audit entry ``i18n.content.imported``.
    Raises TranslationImportRefused with one error per bad row."""
    dataset = read_dataset(content, file_format=file_format)
    updates, errors, seen, skipped = [], [], set(), 0
    for number, row in enumerate(dataset.dict, start=2):
        cells = {key: _cell(row.get(key)) for key in HEADERS}
        if not cells["translation"]:
            skipped += 1
            continue
        try:
            update = _checked_update(cells)
        except ValidationError as error:
            errors.append(RowError(number, " ".join(error.messages)))
            continue
        if update[:3] in seen:
            errors.append(RowError(number, _("This translation appears twice in the file.")))
        seen.add(update[:3])
        updates.append(update)
    if errors:
        raise TranslationImportRefused(errors)
    with transaction.atomic():
        for field, pk, language, text in updates:
            field.model._base_manager.filter(pk=pk).update(**{field.column(language): text})
        log_action("i18n.content.imported", actor=by, data={
            "updated": len(updates), "languages": sorted({update[2] for update in updates})})
    return ImportSummary(updated=len(updates), skipped=skipped)


def _cell(value):
    return "" if value is None else str(value).strip()


def _checked_update(cells):
    """``(field, pk, language, text)`` for one row, or ValidationError saying what is wrong."""
    field = field_by_key(cells["field"])
    if field is None:
        raise ValidationError(_("“%(field)s” is not a translatable field.") % {"field": cells["field"]})
    language = cells["language"]
    if language not in content_languages():
        raise ValidationError(_("“%(language)s” is not one of the platform's languages.") % {"language": language})
    try:
        pk = field.model._meta.pk.to_python(cells["object_id"])
        columns = [field.column(code) for code in content_languages()]
        texts = field.model._base_manager.values_list(*columns).get(pk=pk)
    except (ValidationError, ValueError, field.model.DoesNotExist) as error:
        raise ValidationError(_("No %(what)s has the id “%(id)s”.") % {
            "what": field.model._meta.verbose_name, "id": cells["object_id"]}) from error
    values = dict(zip(content_languages(), texts, strict=True))
    source_language, source_text = source_of(values, preferred=settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
    if language == source_language:
        raise ValidationError(_("This row would replace the text translators start from; choose another language."))
    if cells["source_text"] != source_text.strip():
        raise ValidationError(_("The text to translate has changed since the export: export the file again."))
    max_length = field.max_length()
    if max_length and len(cells["translation"]) > max_length:
        raise ValidationError(_("The translation is longer than %(max)d characters.") % {"max": max_length})
    return field, pk, language, cells["translation"]

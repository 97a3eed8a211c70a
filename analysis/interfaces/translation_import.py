"""Reading a CSV file of translations into rows for ``domain.translations.import_translations``
(which checks them all before writing any)."""

import csv
import io

from django.utils.translation import gettext as _

from ..domain.errors import TranslationImportError
from ..domain.translations import TranslationRow

COLUMNS = ("answer", "language", "translation")


def read_translation_rows(upload):
    """The rows of ``upload`` (a CSV file, UTF-8). A file that cannot be read or lacks a
    column raises ``TranslationImportError``."""
    try:
        text = upload.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TranslationImportError([(1, _("The file is not UTF-8 text."))]) from None
    try:
        reader = csv.DictReader(io.StringIO(text))
        headers = [(name or "").strip().lower() for name in (reader.fieldnames or [])]
        missing = [column for column in COLUMNS if column not in headers]
        if missing:
            raise TranslationImportError([(1, _("Column “%(column)s” is missing.") % {"column": column})
                                          for column in missing])
        reader.fieldnames = headers
        return [
            TranslationRow(number, (row.get("answer") or "").strip(), (row.get("language") or "").strip().lower(),
                           row.get("translation") or "")
            for number, row in enumerate(reader, start=2)
        ]
    except csv.Error:
        raise TranslationImportError([(1, _("The file is not a readable CSV file."))]) from None

"""Looking for a person's values everywhere the platform keeps anything: every text and
JSON column of every model (through the ORM, so encrypted columns are read in clear),
every stored file (PDF text through pdftotext), and captured log and console lines."""

import dataclasses
import json
import subprocess

from django.apps import apps
from django.db import models

from dialogues.domain.redaction import fold
from wetheinternet.core.models import StoredFile


@dataclasses.dataclass
class Values:
    """One person's values, as they might appear anywhere (folded: any case, no accents)."""

    words: tuple  # name parts
    email: str
    phone_digits: str  # the national number, without the leading 0 or country code
    codes: tuple  # reference codes they held

    def found_in(self, text):
        folded = fold(text)
        digits = "".join(char for char in text if char.isdigit())
        hits = [word for word in self.words if fold(word) in folded]
        hits += [value for value in (self.email, *self.codes) if value and fold(value) in folded]
        if self.phone_digits and self.phone_digits in digits:
            hits.append(self.phone_digits)
        return hits


def text_columns():
    for model in apps.get_models():
        fields = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField | models.JSONField | models.FileField)
        ]
        if fields:
            yield model, fields


def find_in_database(values):
    """``[(model label, field, hits), ...]`` for every stored value holding one of ``values``."""
    found = []
    for model, fields in text_columns():
        for row in model._base_manager.values_list(*fields).iterator():
            for field, value in zip(fields, row, strict=True):
                if value in (None, "", [], {}):
                    continue
                text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                hits = values.found_in(text)
                if hits:
                    found.append((model._meta.label, field, hits))
    return found


def find_in_files(values):
    found = []
    for stored in StoredFile.objects.all():
        with stored.file.open("rb") as handle:
            content = handle.read()
        if content.startswith(b"%PDF"):
            text = subprocess.run(
                ["pdftotext", stored.file.path, "-"], capture_output=True, check=True, text=True
            ).stdout
        else:
            text = content.decode("utf-8", errors="replace")
        hits = values.found_in(text)
        if hits:
            found.append((stored.filename, hits))
    return found

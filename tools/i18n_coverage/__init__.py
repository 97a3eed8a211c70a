"""Checks that keep the interface translatable: visible text in templates and
user-facing strings in Python must be marked for translation, and the catalogues of
every language must translate every marked string."""

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

# Project code (not third-party, not tests): the folders the checks read.
SOURCE_FOLDERS = ("wetheinternet", "dialogues", "registrations", "conduct", "results", "reports", "analysis", "templates")
SKIPPED_FOLDERS = {"migrations", "__pycache__", "static", "node_modules"}


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    text: str
    reason: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.reason}: {self.text!r}"


def project_files(*suffixes, root=None):
    """Project source files with one of ``suffixes``, skipping migrations and static files."""
    root = Path(root or settings.BASE_DIR)
    for folder in SOURCE_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in suffixes and not SKIPPED_FOLDERS.intersection(path.relative_to(root).parts):
                yield path


# Read the same way in every language of the platform: not words to translate.
UNIVERSAL_ABBREVIATIONS = {"UTC", "GMT", "PDF", "CSV", "XLSX", "JSON", "API", "URL", "QR", "ID", "OpenAPI", "k"}


def has_letters(text):
    """True when ``text`` holds a word to translate: a letter in any script, not only
    symbols, numbers, single-letter units (``h``, ``s``) or universal abbreviations."""
    words = re.findall(r"[^\W\d_]+", text)
    return any(len(word) > 1 and word not in UNIVERSAL_ABBREVIATIONS for word in words)

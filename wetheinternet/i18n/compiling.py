"""Compile the gettext catalogues in pure Python (polib), so that a fresh machine needs
no gettext tools to show the translations."""

from pathlib import Path

import polib
from django.conf import settings


def catalogue_paths():
    """Every ``<locale>/LC_MESSAGES/*.po`` under the project's locale folders."""
    for locale_dir in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po"))


def compile_catalogue(po_path, *, force=False):
    """Write the ``.mo`` beside ``po_path`` unless it is already newer; return True when
    written. Fuzzy and untranslated entries are left out, as msgfmt does."""
    po_path = Path(po_path)
    mo_path = po_path.with_suffix(".mo")
    if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
        return False
    polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
    return True


def compile_all(*, force=False):
    """Compile every catalogue; return the list of ``.mo`` paths written."""
    return [path.with_suffix(".mo") for path in catalogue_paths() if compile_catalogue(path, force=force)]

"""Everything the language checks find, in one place for the regression test and the
``check_translations`` command."""

import shutil

from django.conf import settings

from . import project_files
from .catalogues import extract_into_copy, incomplete_entries, translated_languages
from .python_source import unmarked_python_strings
from .templates import unmarked_template_text

# Templates that cannot use the translation machinery, with the reason.
EXEMPT_TEMPLATES = {
    "templates/500.html": "rendered when the server fails, without context: written in every language at once",
}
# Python that is not interface text: command-line output for developers, and demo
# content (data, like what staff type in, written in the languages it needs).
EXEMPT_PYTHON_PARTS = ("management/commands/", "/demo.py", "/demo_content.py")


def _relative(path):
    return path.relative_to(settings.BASE_DIR).as_posix()


def unmarked_in_templates():
    return [
        finding
        for path in project_files(".html", ".txt")
        if _relative(path) not in EXEMPT_TEMPLATES
        for finding in unmarked_template_text(_relative(path), path.read_text(encoding="utf-8"))
    ]


def unmarked_in_python():
    return [
        finding
        for path in project_files(".py")
        if not any(part in f"/{_relative(path)}" for part in EXEMPT_PYTHON_PARTS)
        for finding in unmarked_python_strings(_relative(path), path.read_text(encoding="utf-8"))
    ]


def incomplete_catalogues(languages=None):
    """{language: findings} after extracting the strings into a temporary copy."""
    languages = languages or translated_languages()
    locale = extract_into_copy(languages)
    try:
        return {code: incomplete_entries(locale / code / "LC_MESSAGES" / "django.po") for code in languages}
    finally:
        shutil.rmtree(locale.parent.parent, ignore_errors=True)

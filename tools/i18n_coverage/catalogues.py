"""Are the catalogues complete? ``makemessages`` runs on a temporary copy of the
project (so the real ``locale/`` is untouched); then every entry of every language
other than the source must be translated, not fuzzy, and keep the placeholders."""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib
from django.conf import settings

from . import Finding

COPY_IGNORED = shutil.ignore_patterns(
    ".venv", "node_modules", "var", ".git", "__pycache__", ".ruff_cache", ".pytest_cache", "*.mo", "test-results"
)
NAMED_PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|\{\{\s*(\w+)\s*\}\}|\{(\w+)\}")
POSITIONAL_PLACEHOLDER = re.compile(r"%[sdif]")


def translated_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def extract_into_copy(languages, *, root=None, domains=("django",)):
    """Copy the project into a temporary folder, run makemessages there and return the
    copy's locale folder (the caller deletes ``path.parent``)."""
    root = Path(root or settings.BASE_DIR)
    copy = Path(tempfile.mkdtemp(prefix="wti-messages-")) / "project"
    shutil.copytree(root, copy, ignore=COPY_IGNORED)
    for domain in domains:
        command = [sys.executable, "manage.py", "makemessages", "--domain", domain, "--no-obsolete",
                   "--ignore=.venv", "--ignore=node_modules", "--ignore=var", "--ignore=tests"]
        command += [f"--locale={code}" for code in languages]
        subprocess.run(command, cwd=copy, check=True, capture_output=True,  # noqa: S603 - fixed arguments
                       env={"PATH": "/usr/bin:/bin:/usr/local/bin", "VAR_DIR": str(copy / "var")})
    return copy / "locale"


def incomplete_entries(po_path):
    """Findings for the empty, fuzzy or placeholder-breaking entries of one catalogue."""
    catalogue = polib.pofile(str(po_path))
    plural_forms = _plural_form_count(catalogue)
    findings = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        where = entry.occurrences[0] if entry.occurrences else (str(po_path), entry.linenum)
        line = int(where[1]) if str(where[1]).isdigit() else entry.linenum
        if "fuzzy" in entry.flags:
            findings.append(Finding(str(where[0]), line, entry.msgid, "fuzzy translation"))
        elif not entry.translated():
            findings.append(Finding(str(where[0]), line, entry.msgid, "missing translation"))
        elif entry.msgid_plural and len(entry.msgstr_plural) != plural_forms:
            findings.append(Finding(str(where[0]), line, entry.msgid, f"needs {plural_forms} plural forms"))
        else:
            findings += [Finding(str(where[0]), line, entry.msgid, problem) for problem in placeholder_problems(entry)]
    return findings


def _plural_form_count(catalogue):
    """``nplurals`` of the catalogue's header (Arabic 6, Spanish 3, French 2)."""
    match = re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else 2


def placeholder_problems(entry):
    """Named placeholders in a translation must exist in the original (Arabic singular
    forms may leave the number out), positional ones must match exactly."""
    originals = entry.msgid + " " + (entry.msgid_plural or "")
    allowed = _named(originals)
    translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
    problems = []
    for translation in translations:
        unknown = _named(translation) - allowed
        if unknown:
            problems.append(f"unknown placeholder {', '.join(sorted(unknown))} in {translation!r}")
        positional = len(POSITIONAL_PLACEHOLDER.findall(entry.msgid))
        if positional and len(POSITIONAL_PLACEHOLDER.findall(translation)) != positional:
            problems.append(f"positional placeholders differ in {translation!r}")
    return problems


def _named(text):
    return {next(group for group in match if group) for match in NAMED_PLACEHOLDER.findall(text)}

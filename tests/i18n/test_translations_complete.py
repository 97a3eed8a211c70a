"""The regression test for languages: every user-facing string is marked for
translation, and every language but English translates every marked string.

When it fails, the message lists each problem as ``file:line: reason: text``;
``python manage.py check_translations`` prints the same list. docs/languages.md says
how to fix each kind."""

import shutil

import pytest
from django.conf import settings

from tools.i18n_coverage.catalogues import translated_languages
from tools.i18n_coverage.report import incomplete_catalogues, unmarked_in_python, unmarked_in_templates


def _report(findings):
    return "\n".join(str(finding) for finding in sorted(findings))


def test_templates_mark_every_visible_text_for_translation():
    findings = unmarked_in_templates()

    assert findings == [], "Mark these texts with {% translate %} or {% blocktranslate %}:\n" + _report(findings)


def test_python_marks_every_user_facing_string_for_translation():
    findings = unmarked_in_python()

    assert findings == [], "Wrap these strings in gettext_lazy() / gettext():\n" + _report(findings)


@pytest.fixture(scope="module")
def catalogue_findings():
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext (xgettext) is missing: run 'make system-deps' (apt-get install gettext).")
    return incomplete_catalogues()


@pytest.mark.parametrize("language", translated_languages())
def test_catalogue_translates_every_marked_string(catalogue_findings, language):
    findings = catalogue_findings[language]

    assert findings == [], (
        f"locale/{language}/LC_MESSAGES/django.po is incomplete; run makemessages (docs/languages.md) "
        f"and translate:\n" + _report(findings)
    )


def test_every_interface_language_but_the_source_is_checked():
    assert {"fr", "es", "ar", "pt"} <= set(translated_languages())
    assert settings.LANGUAGE_CODE not in translated_languages()

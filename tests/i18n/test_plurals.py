"""Plural forms follow each language's rule: Arabic has six, Spanish three (one, a
round million, other), French two (0 and 1 are singular), Portuguese two (only 1 is
singular)."""

import pytest
from django.utils import translation

SINGULAR = "%(updated)d translation imported (rows left empty: %(skipped)d)."
PLURAL = "%(updated)d translations imported (rows left empty: %(skipped)d)."


def _imported(language, count):
    with translation.override(language):
        return translation.ngettext(SINGULAR, PLURAL, count) % {"updated": count, "skipped": 0}


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("fr", 0, "0 traduction importée (lignes laissées vides : 0)."),
        ("fr", 2, "2 traductions importées (lignes laissées vides : 0)."),
        ("es", 1, "1 traducción importada (filas vacías: 0)."),
        ("es", 7, "7 traducciones importadas (filas vacías: 0)."),
        ("es", 1000000, "1000000 traducciones importadas (filas vacías: 0)."),
        ("ar", 0, "لم تُستورد أي ترجمة (صفوف فارغة: 0)."),
        ("ar", 1, "استُوردت ترجمة واحدة (صفوف فارغة: 0)."),
        ("ar", 2, "استُوردت ترجمتان (صفوف فارغة: 0)."),
        ("ar", 5, "استُوردت 5 ترجمات (صفوف فارغة: 0)."),
        ("ar", 11, "استُوردت 11 ترجمة (صفوف فارغة: 0)."),
        ("ar", 100, "استُوردت 100 ترجمة (صفوف فارغة: 0)."),
        ("pt", 0, "0 traduções importadas (linhas deixadas vazias: 0)."),
        ("pt", 1, "1 tradução importada (linhas deixadas vazias: 0)."),
        ("pt", 2, "2 traduções importadas (linhas deixadas vazias: 0)."),
    ],
)
def test_plural_forms_follow_each_languages_rule(language, count, expected):
    assert _imported(language, count) == expected

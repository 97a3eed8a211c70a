"""Percentages and decimals written the way each language writes them."""

import pytest
from django.template import Context, Template
from django.utils import translation

from wetheinternet.i18n.numbers import format_percent


@pytest.mark.parametrize(
    ("language", "share", "decimals", "expected"),
    [
        ("en", 0.32, 0, "32%"),
        ("fr", 0.32, 0, "32\u202f%"),
        ("es", 0.325, 1, "32,5\u00a0%"),
        ("ar", 0.32, 0, "32٪"),
        ("pt", 0.325, 1, "32,5%"),
        ("fr", 0.3251, 1, "32,5\u202f%"),
        ("ar", None, 0, "–"),
    ],
)
def test_format_percent_follows_the_language(language, share, decimals, expected):
    with translation.override(language):
        assert format_percent(share, decimals=decimals) == expected


def test_percent_filter_in_templates():
    with translation.override("ar"):
        html = Template("{% load localised_numbers %}{{ share|percent_in_language }}").render(Context({"share": 0.5}))

    assert html == "50٪"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "21 November 2026, 15:30"),
        ("fr", "21 novembre 2026 15:30"),
        ("es", "21 de noviembre de 2026 a las 15:30"),
        ("ar", "21 نوفمبر 2026، 15:30"),
        ("pt", "21 de novembro de 2026 às 15:30"),
    ],
)
def test_date_and_time_follow_the_language(language, expected):
    import datetime as dt

    from django.utils.formats import date_format

    moment = dt.datetime(2026, 11, 21, 15, 30)
    with translation.override(language):
        assert date_format(moment, "DATETIME_FORMAT") == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "31 December 2026"), ("fr", "31 décembre 2026"), ("es", "31 de diciembre de 2026")],
)
def test_dates_in_templates_use_the_language_format(language, expected):
    import datetime as dt

    with translation.override(language):
        html = Template('{{ day|date:"DATE_FORMAT" }}').render(Context({"day": dt.date(2026, 12, 31)}))

    assert html == expected

"""Report wording in each language: plurals through ngettext, dates in the locale's format."""

import datetime as dt

from django.template.loader import render_to_string
from django.utils import translation

from tests.factories.dialogues import DialogueFactory, QuestionFactory


def method_page(sites, countries):
    method = {"sites": sites, "countries": countries, "tables": 1, "people": None, "sessions": [], "panel": []}
    return " ".join(render_to_string("reports/pdf/_method.html", {"method": method, "k": 10}).split())


def test_method_page_says_one_site_in_one_country():
    assert "Here, citizens met at 1 site in 1 country." in method_page(1, 1)
    assert "Here, citizens met at 3 sites in 2 countries." in method_page(3, 2)


def test_method_page_plurals_in_french_and_arabic():
    with translation.override("fr"):
        assert "Ici, les citoyens se sont réunis sur 1 site dans 1 pays." in method_page(1, 1)
    with translation.override("ar"):
        assert "هنا، اجتمع المواطنون في موقعين (2)" in method_page(2, 5)


def test_cover_date_follows_the_locale_format(db):
    dialogue = DialogueFactory(deliberation_date=dt.date(2026, 12, 31))
    context = {"dialogue": dialogue, "scope": "national", "area_name": "Chile", "k": 10, "release": None}

    with translation.override("es"):
        cover = render_to_string("reports/pdf/_cover.html", context)
    with translation.override("fr"):
        french = render_to_string("reports/pdf/_cover.html", context)

    assert "31 de diciembre de 2026" in cover
    assert "Español" in cover or "español" in cover
    assert "31 décembre 2026" in french


def test_a_small_country_first_page_says_how_it_took_part_and_what_its_region_said(db):
    question = QuestionFactory(text="Who should decide?")
    finding = {"question": question, "answer": "Citizens", "share": 0.42, "base": 120, "world": 0.4}
    context = {
        "scope": "national", "area_name": "Iceland", "k": 10, "chapters": [], "has_findings": False,
        "method": {"sites": 1, "tables": 3, "people": None, "countries": 1},
        "stand_in": {"region": "Europe", "chapters": [(question.topic, [finding])]},
    }

    page = " ".join(render_to_string("reports/pdf/_summary.html", context).split())

    assert "Iceland took part with 1 site. Its 3 tables voted and discussed like every other." in page
    assert "no figure is shown on fewer than 10 people" in page
    assert "What Europe said" in page
    assert "Who should decide? — <strong>Citizens: 42%</strong>" in page
    assert "base 120 people; world: 40%" in page

import csv
import io

import pytest
from openpyxl import load_workbook

from wetheinternet.core.exports import csv_lines, safe_cell, write_xlsx
from wetheinternet.core.lists import normalise_search_text, search_words


def test_normalise_search_text_drops_accents_and_case():
    assert normalise_search_text("Héloïse", "  ÇA  va ") == "heloise ca va"


def test_search_words_are_deduplicated_and_bounded():
    assert search_words("Karim  karim FONTAINE") == ["karim", "fontaine"]
    assert len(search_words(" ".join(f"w{n}" for n in range(30)))) == 8


@pytest.mark.parametrize("text", ["=1+1", "+33 6 11", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_safe_cell_quotes_what_a_spreadsheet_would_run(text):
    assert safe_cell(text) == "'" + text


def test_safe_cell_keeps_numbers_and_plain_text():
    assert (safe_cell(-2), safe_cell("Karim"), safe_cell(None)) == (-2, "Karim", "")


def test_csv_lines_are_formula_safe():
    content = "".join(csv_lines(["name"], iter([["=HYPERLINK(\"x\")"], ["Zoé"]])))

    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))

    assert rows == [["name"], ["'=HYPERLINK(\"x\")"], ["Zoé"]]


def test_write_xlsx_is_formula_safe():
    target = io.BytesIO()
    write_xlsx(target, ["name", "n"], iter([["=1+1", 3]]))

    sheet = load_workbook(io.BytesIO(target.getvalue())).active

    assert [[cell.value for cell in row] for row in sheet.iter_rows()] == [["name", "n"], ["'=1+1", 3]]

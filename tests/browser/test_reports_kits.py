"""Browser journey: a visitor downloads a dissemination kit from the public results
page, and its PDFs open."""

import io
import zipfile
from pathlib import Path

import pytest

from tests.factories.reports import small_dialogue
from tests.reports.kits import built_kit, kit_files, pdf_pages, pdf_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_downloads_a_kit_from_the_public_results_page_and_its_pdfs_open(browser_page):
    dialogue = small_dialogue()
    built_kit(dialogue, "global", "world")

    browser_page.goto(f"/en/reports/{dialogue.slug}/")
    with browser_page.expect_download() as download:
        browser_page.click("text=Kit for The world (ZIP)")
    content = Path(download.value.path()).read_bytes()
    with browser_page.expect_download() as single:
        browser_page.click("text=Key findings (PDF)")

    files = kit_files(content)
    assert download.value.suggested_filename == "tiny-world-en-kit.zip"
    assert zipfile.ZipFile(io.BytesIO(content)).testzip() is None
    findings = pdf_text(files["tiny-world-en-key-findings.pdf"])
    assert "The world" in findings and "%" in findings
    assert pdf_pages(files["tiny-world-en-key-findings.pdf"]) == 2
    assert "The world" in pdf_text(files["tiny-world-en-slides.pdf"])
    assert single.value.suggested_filename == "tiny-world-en-key-findings.pdf"
    assert Path(single.value.path()).read_bytes() == files["tiny-world-en-key-findings.pdf"]

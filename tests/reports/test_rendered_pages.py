"""The reports as a reader sees them: a national, a regional and the global report are
rendered to PDF, then to pictures of their pages (pdftoppm), and the pictures and text
are checked for what a reader must find: the cover, the bases of every chart, and every
hidden figure drawn as a hatched placeholder across its bar's track, never as an empty
bar that reads as zero."""

import re
import subprocess

import pytest
from PIL import Image

from reports.domain.cube import Cube
from reports.interfaces.rendering import render_report
from tests.factories.reports import ReportJobFactory

DPI = 72  # one pixel per PDF point: word boxes from pdftotext are pixel boxes
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
TRACK = (150, 20)  # the part of a bar's track checked: from 150 to 20 points before its value label


def render(dialogue, scope, area, tmp_path):
    job = ReportJobFactory(dialogue=dialogue, scope=scope, area=area, language="en")
    pdf, _name, _timings = render_report(job, progress=lambda percent: None)
    path = tmp_path / f"{scope}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-gray", str(path), str(tmp_path / scope)], check=True)
    pages = sorted(tmp_path.glob(f"{scope}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return path, pages


def words_of_page(pdf, number):
    layout = subprocess.run(["pdftotext", "-bbox", "-f", str(number), "-l", str(number), str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
    return [(float(x0), float(y0), float(x1), float(y1), text) for x0, y0, x1, y1, text in WORD.findall(layout)]


def text_of(pdf):
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def ink_beside(image, word):
    """The share of dark pixels on the bar's track left of a value label."""
    x0, y0, _x1, y1, _text = word
    box = (int(x0 - TRACK[0]), int(y0 + 2), int(x0 - TRACK[1]), int(y1 - 2))
    pixels = list(image.crop(box).getdata())
    return sum(1 for value in pixels if value < 200) / len(pixels)


def bar_rows(pdf, pages):
    """``[(ink, label)]`` for every value label of every chart: "hidden*" or a percentage."""
    rows = []
    for number, page in enumerate(pages, start=1):
        image = Image.open(page).convert("L")
        for word in words_of_page(pdf, number):
            if word[4] == "hidden*" or re.fullmatch(r"\d+%", word[4]):
                rows.append((ink_beside(image, word), word[4]))
    return rows


@pytest.fixture
def reports(tiny, tmp_path):
    cube = Cube(tiny)
    country = max(cube.countries, key=cube.people)
    return {scope: render(tiny, scope, area, tmp_path / scope)
            for scope, area in [("national", country), ("regional", cube.regions[0]), ("global", "world")]
            if (tmp_path / scope).mkdir() is None}


def test_report_pages_show_the_cover_the_bases_and_hidden_figures_as_hidden(tiny, reports):
    for scope, (pdf, pages) in reports.items():
        text = text_of(pdf)
        assert len(pages) >= 4, scope
        assert tiny.name in text and f"{scope.upper()} REPORT" in text
        assert "Key findings" in text and "How the dialogue worked" in text and "How to read the figures" in text
        # Every chart prints its bases.
        assert text.count("Share of people giving each answer. Base:") == len(Cube(tiny).questions), scope
        # No blank page: every picture has dark ink.
        assert all(Image.open(page).convert("L").getextrema()[0] < 100 for page in pages), scope
        rows = bar_rows(pdf, pages)
        hidden = [ink for ink, label in rows if label == "hidden*"]
        zeros = [ink for ink, label in rows if label == "0%"]
        # A hidden figure is a hatched placeholder across the track; a zero leaves it empty.
        assert all(ink > 0.1 for ink in hidden), (scope, hidden)
        assert all(ink < 0.05 for ink in zeros), (scope, zeros)
    national_rows = bar_rows(*reports["national"])
    assert any(label == "hidden*" for _ink, label in national_rows)
    assert any(label == "0%" for _ink, label in national_rows)



def test_national_report_prints_the_breakdowns_protection_allows(reports):
    text = text_of(reports["national"][0])

    assert re.search(r"By group, share answering “[^”]+”: \S", text)
    assert "too few people to publish" not in text
    assert "“By group” gives the share of each demographic group" in text

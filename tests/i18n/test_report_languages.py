"""The national report of the demo dialogue, built in French, Arabic and Portuguese, is written
in that language (its text is read back from the PDF with pdftotext)."""

import subprocess
import unicodedata

import pytest
from django.utils import translation

from reports.domain.jobs import build_report, launch_reports
from reports.interfaces.rendering import render_report
from reports.models import ReportJob
from wetheinternet.core.demo import seed_demo

pytestmark = pytest.mark.django_db


def _pdf_text(job):
    result = subprocess.run(["pdftotext", job.file.file.path, "-"], capture_output=True, check=True)
    return unicodedata.normalize("NFKC", result.stdout.decode())


def _in(language, text):
    with translation.override(language):
        return translation.gettext(text)


def _share_of_arabic_letters(text):
    letters = [character for character in text if character.isalpha()]
    return sum("\u0600" <= character <= "\u06ff" for character in letters) / len(letters)


@pytest.fixture
def demo_national_reports():
    context = seed_demo()
    jobs = launch_reports(context.dialogue, by=context.users["staff"], scopes=["national"], languages=["fr", "ar"])
    country = sorted(job.area for job in jobs)[0]
    built = {}
    for job in jobs:
        if job.area == country:
            build_report(job.pk, render=render_report)
            built[job.language] = ReportJob.objects.select_related("file").get(pk=job.pk)
    return built


def test_national_report_in_french_and_arabic_reads_in_that_language(demo_national_reports):
    french, arabic = (_pdf_text(demo_national_reports[code]) for code in ("fr", "ar"))

    assert _in("fr", "National report") == "Rapport national"
    assert "rapport national" in french.casefold()
    assert "national report" not in french.casefold()
    assert " ".join(_in("ar", "National report").split()) in " ".join(arabic.split())
    assert _share_of_arabic_letters(arabic) > 0.6


def test_national_report_in_portuguese_reads_in_portuguese_with_portuguese_content():
    context = seed_demo()
    jobs = launch_reports(context.dialogue, by=context.users["staff"], scopes=["national"], languages=["pt"])
    job = sorted(jobs, key=lambda job: job.area)[0]
    build_report(job.pk, render=render_report)

    portuguese = " ".join(_pdf_text(ReportJob.objects.select_related("file").get(pk=job.pk)).split())

    assert _in("pt", "National report") == "Relatório nacional"
    assert "relatório nacional" in portuguese.casefold()
    assert "national report" not in portuguese.casefold()
    assert "A Internet e eu" in portuguese
    assert "Internet and me" not in portuguese

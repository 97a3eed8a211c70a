"""The evaluation report drawn as PDF (WeasyPrint through ``reports.interfaces.pdf``)."""

from django.template.loader import render_to_string
from django.utils import translation

from reports.interfaces.pdf import render_pdf

from ..domain.evaluation_report import evaluation_report_context


def render_evaluation_report_pdf(dialogue, language):
    with translation.override(language):
        return render_pdf(render_to_string("analysis/pdf/evaluation_report.html", evaluation_report_context(dialogue)))

"""Drawing what the domain computed: a report job's PDF (its charts are drawn by the
templates through ``interfaces.charts``), the fact sheet's PDF. The figures come from the domain
(``domain.content``, ``domain.dashboard``, ``domain.fact_sheet``), already suppressed."""

import time

from django.template.loader import render_to_string
from django.utils import translation

from ..domain.build import cube_for, dialogue_fingerprint
from ..domain.content import area_name, report_context
from ..domain.fact_sheet import fact_sheet_context
from .pdf import render_pdf


def render_report(job, *, progress):
    """Return ``(pdf bytes, filename, timings)`` for ``job`` rendered in its language
    (the ``render`` of ``domain.jobs.build_report``)."""
    started = time.monotonic()
    with translation.override(job.language):
        cube = cube_for(job.dialogue, dialogue_fingerprint(job.dialogue))
        progress(10)
        context = report_context(cube, job.scope, job.area, progress=progress)
        html = render_to_string("reports/pdf/report.html", context)
        prepared = time.monotonic()
        pages = max(1, html.count('class="part"') * 2)
        pdf = render_pdf(html, on_step=lambda steps: progress(min(95, 70 + int(25 * steps / (pages + 7)))))
        filename = f"{job.dialogue.slug}-{job.scope}-{job.area}-{job.language}.pdf".lower()
        name = area_name(job.area)
    rendered = time.monotonic()
    return pdf, filename, {"prepare": prepared - started, "weasyprint": rendered - prepared, "area": str(name), "html": html}


def render_fact_sheet_pdf(dialogue, *, language):
    """The one-page fact sheet of ``dialogue`` in ``language``, as PDF bytes."""
    with translation.override(language):
        return render_pdf(render_to_string("reports/fact_sheet.html", fact_sheet_context(dialogue)))

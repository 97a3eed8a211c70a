"""Drawing a dissemination kit (``domain.kits``): the key-findings PDF, the slide deck,
the charts as SVG and PNG and the press summary, zipped. Every figure comes from
``domain.kits.kit_context`` (published figures of the latest release only).

PNG charts: the chart pages are rendered by WeasyPrint (HTML text beside the SVG bars,
shaped like the reports', Arabic included) into one PDF of one page per chart, which
``pdftoppm`` (poppler-utils, the tool the tests already use to look at report pages)
turns into one PNG per page: no second renderer with its own fonts and no Python
dependency; the Docker image installs poppler-utils."""

import io
import shutil
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wetheinternet.i18n.content.fallback import translated_value

from ..domain.build import cube_for, dialogue_fingerprint
from ..domain.kits import KitError, kit_context, kit_filename
from .charts import LINE_PX, chart_file_svg, chart_lines
from .pdf import render_pdf

PNG_DPI = 150
CHART_PAGE_WIDTH = 640  # CSS pixels
CHART_PAGE_EXTRA = 230  # heading, caption and note of a chart page, CSS pixels


def _chart_texts(chart, k):
    """The caption (bases) and the note on hidden figures under a chart file."""
    bases = " · ".join(
        f"{series.name} {_('under %(k)s, hidden') % {'k': k} if series.hidden else series.base}"
        for series in chart.series
    )
    caption = f"{_('Share of people giving each answer.')} {_('Base')}: {bases}."
    note = None
    if chart.has_hidden:
        note = "* " + _(
            "Hidden, not zero: fewer than %(k)s people, or a figure that would let a hidden one be "
            "worked out. It counts in the totals of the larger areas."
        ) % {"k": k}
    return caption, note


def chart_png_pages(charts, context):
    """One PNG (bytes) per chart, in order: their pages rendered by WeasyPrint, then
    ``pdftoppm``."""
    if not charts:
        return []
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise KitError(_("The PNG charts need pdftoppm (Debian package poppler-utils) on the worker."))
    pages = [
        {"item": item, "height": LINE_PX * chart_lines(item["section"].chart) + CHART_PAGE_EXTRA} for item in charts
    ]
    pdf = render_pdf(
        render_to_string("reports/kits/chart_pages.html", context | {"pages": pages, "page_width": CHART_PAGE_WIDTH})
    )
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "charts.pdf"
        source.write_bytes(pdf)
        command = [pdftoppm, "-png", "-r", str(PNG_DPI), str(source), str(Path(folder) / "chart")]
        subprocess.run(command, check=True, capture_output=True, timeout=300)  # noqa: S603 - our own paths, no shell
        images = sorted(Path(folder).glob("chart-*.png"))
        if len(images) != len(charts):
            raise KitError(
                _("%(charts)s charts gave %(pages)s PNG pages.") % {"charts": len(charts), "pages": len(images)}
            )
        return [image.read_bytes() for image in images]


def results_url(dialogue):
    return settings.SITE_URL.rstrip("/") + reverse("reports:public", kwargs={"slug": dialogue.slug})


def render_kit(kit, *, progress):
    """Return ``(zip bytes, filename, timings)`` for ``kit`` in its language (the
    ``render`` of ``domain.kits.build_kit``)."""
    started = time.monotonic()
    with translation.override(kit.language):
        cube = cube_for(kit.dialogue, dialogue_fingerprint(kit.dialogue))
        if cube.release is None:
            raise KitError(_("No results have been released yet, so there is nothing to put in a kit."))
        progress(10)
        context = kit_context(cube, kit.scope, kit.area) | {"results_url": results_url(kit.dialogue)}
        prepared = time.monotonic()
        files = {}
        files[kit_filename(kit, "key-findings.pdf")] = render_pdf(
            render_to_string("reports/kits/key_findings.html", context)
        )
        progress(35)
        files[kit_filename(kit, "slides.pdf")] = render_pdf(render_to_string("reports/kits/slides.html", context))
        progress(60)
        pdfs = time.monotonic()
        files[kit_filename(kit, "press-summary.html")] = render_to_string(
            "reports/kits/press_summary.html", context
        ).encode()
        for item in context["charts"]:
            section = item["section"]
            caption, note = _chart_texts(section.chart, cube.k)
            fallback = kit.dialogue.default_language
            files[f"charts/{item['name']}.svg"] = chart_file_svg(
                section.chart,
                caption=caption,
                note=note,
                title=str(translated_value(section.question, "text", fallback=fallback)),
                subtitle=str(translated_value(item["topic"], "title", fallback=fallback)),
            ).encode()
        svgs = time.monotonic()
        for item, png in zip(context["charts"], chart_png_pages(context["charts"], context), strict=True):
            files[f"charts/{item['name']}.png"] = png
        progress(95)
    folder = kit_filename(kit, "kit")
    buffer = io.BytesIO()
    pngs = time.monotonic()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            # PDFs and PNGs are compressed already: stored as they are, deflating them again gains nothing.
            stored = name.endswith((".pdf", ".png"))
            archive.writestr(f"{folder}/{name}", content, compress_type=zipfile.ZIP_STORED if stored else None)
    rendered = time.monotonic()
    timings = {"prepare": prepared - started, "pdfs": pdfs - prepared, "svg": svgs - pdfs, "png": pngs - svgs,
               "render": rendered - prepared}
    return buffer.getvalue(), f"{folder}.zip", timings

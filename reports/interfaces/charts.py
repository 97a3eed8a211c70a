"""Drawing a ``reports.domain.charts.ComparisonChart``: per answer, one small SVG of bars
made from a Django template (``templates/reports/charts/answer_bars.svg``), with the texts
(area names, percentages, "hidden") printed by the page beside it
(``templates/reports/_chart.html``).

Why the texts are HTML: the PDF renderer lays out SVG text one letter at a time
(35 charts of 25 labels cost 2.3 s against 0.06 s without text) and does not shape
Arabic letters in SVG; HTML text is laid out a line at a time and shaped like the rest
of the page. The bars need no positions from the texts: each bar takes one line of the
text column beside it, and the SVG is exactly as high as those lines.

Looks: the Okabe–Ito colours (safe for every common colour-vision deficiency), each
series also told apart by its pattern (solid, stripes, dots), so that a page printed in
grey reads the same. A hidden figure is a dashed, hatched placeholder across the whole
track, never a bar of zero; the page labels it "hidden" and says why."""

import base64
import itertools

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi

WIDTH = 240  # the track of a bar, in SVG units (a line of text is 10 units high)
LINE = 10
BAR = 7
GUIDES = (0.25, 0.5, 0.75)
SERIES_FILLS = (("#0072B2", None), ("stripes", "stripes"), ("dots", "dots"))
STROKE = "#1a1a1a"
HIDDEN_STROKE = "#555"

_ids = itertools.count()


def _number(value):
    return f"{value:.2f}".rstrip("0").rstrip(".")


def answer_bars_svg(answer, *, rtl=None):
    """The SVG (text) of one answer's bars, growing from the start of the line (the
    right in right-to-left languages)."""
    rtl = get_language_bidi() if rtl is None else rtl
    prefix = f"c{next(_ids)}-"
    patterns, bars = set(), []
    for line, bar in enumerate(answer.bars):
        top = _number(line * LINE + (LINE - BAR) / 2)
        if bar.hidden:
            patterns.add("hidden")
            bars.append({"x": 0, "y": top, "width": WIDTH, "height": BAR, "fill": f"url(#{prefix}hidden)",
                         "stroke": HIDDEN_STROKE, "hidden": True})
            continue
        colour, pattern = SERIES_FILLS[bar.series % len(SERIES_FILLS)]
        if pattern:
            patterns.add(pattern)
        width = WIDTH * min(1.0, max(0.0, float(bar.share)))
        if not width:
            continue  # a published zero: nothing drawn beside the axis, "0 %" printed
        bars.append({
            "x": _number(WIDTH - width if rtl else 0), "y": top, "width": _number(width), "height": BAR,
            "fill": f"url(#{prefix}{pattern})" if pattern else colour, "stroke": STROKE, "hidden": False,
        })
    guides = [_number(WIDTH * (1 - g) if rtl else WIDTH * g) for g in GUIDES]
    return render_to_string("reports/charts/answer_bars.svg", {
        "prefix": prefix, "width": WIDTH, "height": LINE * len(answer.bars), "bars": bars, "guides": guides,
        "axis": WIDTH if rtl else 0, "patterns": patterns,
    })


def answer_bars_uri(answer):
    """``answer_bars_svg`` as a data URI for an ``<img>`` (what the PDF renderer draws fastest)."""
    return "data:image/svg+xml;base64," + base64.b64encode(answer_bars_svg(answer).encode()).decode("ascii")


def answer_bars_inline(answer):
    """``answer_bars_svg`` to put inline in a web page (no style attributes: the CSP allows it)."""
    return mark_safe(answer_bars_svg(answer))  # our template, its values escaped by it

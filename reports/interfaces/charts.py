"""Drawing a ``reports.domain.charts.ComparisonChart``: ONE SVG per chart made from a
Django template (``templates/reports/charts/chart_bars.svg``), with the texts (answer
labels, area names, percentages, "hidden") printed by the page beside it in lines of
fixed height (``templates/reports/_chart.html``).

Rows: per answer, one line for its label (left empty in the SVG, the label runs across
it), then one line per area. Each series is one ``<path>`` of all its bars and the
hidden placeholders are one more, so that a chart of 7 answers fills its patterns 3 or
4 times, not 21: the PDF renderer redraws a pattern for every shape that uses it, and
its cost grows with the number of images and shapes, not with their size.

Why the texts are HTML: the PDF renderer lays out SVG text one letter at a time and
does not shape Arabic letters in SVG; HTML text is laid out a line at a time and shaped
like the rest of the page. No positions come from fonts: every line has the same fixed
height, and the SVG is exactly as many lines high.

Looks: the Okabe–Ito colours (safe for every common colour-vision deficiency), each
series also told apart by its pattern (solid, stripes, dots), so that a page printed in
grey reads the same. A hidden figure is a dashed, hatched placeholder across the whole
track, never a bar of zero; the page labels it "hidden" and says why. A published zero
draws nothing."""

import base64
import textwrap

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from wetheinternet.i18n.content.fallback import text_direction
from wetheinternet.i18n.numbers import format_percent

WIDTH = 240  # the track of a bar, in SVG units (a line of text is 10 units high)
LINE = 10
BAR = 7
LINE_PX = 15  # a line of the PDF chart in CSS pixels (templates/reports/pdf/_style.html)
GUIDES = (0.25, 0.5, 0.75)
# Per series: its colour, then the marks drawn over its bars (``None``: solid) as a dashed
# line along each bar: (colour, width, dash array, dash offset, round caps). Stripes are
# white dashes as high as the bar; dots are round caps of near-zero dashes.
SERIES_STYLES = (
    ("#0072B2", None),
    ("#E69F00", ("#fff", BAR - 1.6, "2 4", "4", False)),
    ("#009E73", ("#fff", 2.2, ".01 3.99", "0", True)),
)
HIDDEN_MARKS = ("#8c8c8c", BAR - 1.6, ".7 2", "0", False)  # a grey hatch on white
STROKE = "#1a1a1a"
HIDDEN_STROKE = "#555"


def _number(value):
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _box(x, y, width, height):
    return f"M{_number(x)} {_number(y)}h{_number(width)}v{_number(height)}h{_number(-width)}z"


def chart_lines(chart):
    """The number of text lines (and SVG rows) of a chart: per answer, its label and one
    line per area."""
    return sum(1 + len(answer.bars) for answer in chart.answers)


def _marks(x, top, width, style):
    """The line along the middle of a bar over which its marks (stripes, dots, hatch) are
    dashed, kept inside its outline; empty when the bar is too short to carry one."""
    inset = 2 if style[4] else 0.4
    if width <= 2 * inset + 1:
        return ""
    return f"M{_number(x + inset)} {_number(top + BAR / 2)}h{_number(width - 2 * inset)}"


def _series_boxes(chart, rtl):
    """``({series: [box]}, {series: [marks]}, [hidden box], [(top, bottom)] of each
    answer's bars)``."""
    boxes, marks, hidden, groups, line = {}, {}, [], [], 0
    for answer in chart.answers:
        line += 1  # the answer's label
        groups.append((line * LINE, (line + len(answer.bars)) * LINE))
        for bar in answer.bars:
            top = line * LINE + (LINE - BAR) / 2
            line += 1
            if bar.hidden:
                hidden.append((0, top, WIDTH))
                continue
            width = WIDTH * min(1.0, max(0.0, float(bar.share)))
            if width:  # a published zero: nothing drawn beside the axis, "0%" printed
                x = WIDTH - width if rtl else 0
                boxes.setdefault(bar.series, []).append(_box(x, top, width, BAR))
                style = SERIES_STYLES[bar.series % len(SERIES_STYLES)][1]
                if style:
                    marks.setdefault(bar.series, []).append(_marks(x, top, width, style))
    return boxes, marks, hidden, groups


def _marks_path(d, style):
    colour, width, dash, offset, round_caps = style
    return {"d": d, "colour": colour, "width": _number(width), "dash": dash, "offset": offset, "round": round_caps}


def chart_bars_svg(chart, *, rtl=None, place=None):
    """The SVG (text) of every bar of a chart, growing from the start of the line (the
    right in right-to-left languages); ``place`` (x, y, width, height) nests it at that
    box of a larger SVG (``chart_file_svg``). No ``<pattern>``: the PDF renderer builds a small
    SVG document for every use of one, which cost more than drawing the bars; stripes,
    dots and the hatch of hidden figures are dashed lines over the bars instead."""
    rtl = get_language_bidi() if rtl is None else rtl
    boxes, marks, hidden, groups = _series_boxes(chart, rtl)
    series = []
    for index in sorted(boxes):
        colour, style = SERIES_STYLES[index % len(SERIES_STYLES)]
        lines = "".join(marks.get(index, ()))
        series.append(
            {"d": "".join(boxes[index]), "fill": colour, "marks": _marks_path(lines, style) if lines else None}
        )
    guides = [_number(WIDTH * (1 - g) if rtl else WIDTH * g) for g in GUIDES]
    axis = WIDTH if rtl else 0
    return render_to_string(
        "reports/charts/chart_bars.svg",
        {
            "width": WIDTH,
            "height": LINE * chart_lines(chart),
            "series": series,
            "stroke": STROKE,
            "hidden_stroke": HIDDEN_STROKE,
            "hidden": "".join(_box(x, top, width, BAR) for x, top, width in hidden),
            "hidden_marks": _marks_path(
                "".join(_marks(x, top, width, HIDDEN_MARKS) for x, top, width in hidden), HIDDEN_MARKS
            ),
            "guides": "".join(f"M{x} {top}V{bottom}" for top, bottom in groups for x in guides),
            "axis": "".join(f"M{axis} {top}V{bottom}" for top, bottom in groups),
        },
    )


def chart_bars_uri(chart):
    """``chart_bars_svg`` as a data URI for an ``<img>`` (what the PDF renderer draws fastest)."""
    return "data:image/svg+xml;base64," + base64.b64encode(chart_bars_svg(chart).encode()).decode("ascii")


def chart_bars_inline(chart):
    """``chart_bars_svg`` to put inline in a web page (no style attributes: the CSP allows it)."""
    return mark_safe(chart_bars_svg(chart))  # our template, its values escaped by it


def chart_height_px(chart):
    """The height of a chart's SVG in the PDF, in CSS pixels: its lines of text."""
    return LINE_PX * chart_lines(chart)


# A chart as a file of its own (dissemination kits): the same bars, nested in a larger
# SVG with its texts as SVG text, so that it can be opened, printed or put in slides
# alone. Sizes in pixels.
FILE_WIDTH = 640
FILE_ROW = 18
FILE_TRACK = (200, 300)  # where the bars start (left-to-right) and how wide they are
FILE_WRAP = 78


def _wrapped(text, width=FILE_WRAP):
    return textwrap.wrap(str(text), width) or [""]


def chart_file_svg(chart, *, title, subtitle, caption, note, rtl=None):
    """A self-contained SVG of ``chart``: its ``title`` (the question) and ``subtitle``
    (the topic), per answer its label, per area its name, bar and share (or "hidden*"),
    and under it the ``caption`` (bases) and ``note`` (what hidden means) when given.
    Right-to-left languages run from the right, like the PDFs."""
    rtl = get_language_bidi() if rtl is None else rtl
    heading = [(line, True) for line in _wrapped(title)] + [(line, False) for line in _wrapped(subtitle)]
    # A text in the other direction (an English question in an Arabic kit) runs its own way from the same edge.
    other = "ltr" if rtl else "rtl"
    top = FILE_ROW * (len(heading) + 1)
    lines, row = [], 0
    for answer in chart.answers:
        lines.append({"y": top + row * FILE_ROW + 13, "text": answer.label, "bold": True,
                      "other": text_direction(answer.label) == other})
        row += 1
        for bar in answer.bars:
            value = format_percent(bar.share) if not bar.hidden else _("hidden") + "*"
            lines.append({"y": top + row * FILE_ROW + 13, "text": bar.area, "value": value, "hidden": bar.hidden,
                          "other": text_direction(bar.area) == other})
            row += 1
    footer = [line for text in (caption, note) if text for line in _wrapped(text, FILE_WRAP + 22)]
    bottom = top + row * FILE_ROW + FILE_ROW
    start, width = FILE_TRACK
    track_x = FILE_WIDTH - start - width if rtl else start
    place = {"x": track_x, "y": top, "width": width, "height": row * FILE_ROW}
    return render_to_string("reports/charts/chart_file.svg", {
        "width": FILE_WIDTH, "height": bottom + FILE_ROW * len(footer) + 8, "rtl": rtl,
        "title": title, "other": other,
        "heading": [(FILE_ROW * (i + 1), text, bold, text_direction(text) == other)
                    for i, (text, bold) in enumerate(heading)],
        "lines": lines, "footer": [(bottom + FILE_ROW * i, text) for i, text in enumerate(footer)],
        "text_x": FILE_WIDTH - 10 if rtl else 10,
        "value_x": track_x - 8 if rtl else track_x + width + 8,
        "bars": mark_safe(chart_bars_svg(chart, rtl=rtl, place=place)),  # our template, its values escaped by it
    })

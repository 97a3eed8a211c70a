"""Charts for the PDF reports, drawn by pygal as SVG. Readable in black and white: each
series has its own grey or hatching pattern (the legend is HTML beside it), the value axis has guides every
25 %, and the chart comes with a text alternative; the exact figures are in the annex
tables. Bars carry no printed values: each SVG text costs the PDF renderer more than
the rest of the chart, and a report has dozens of charts."""

import base64
import re

import pygal
from pygal.style import Style

GREYS = ("#1a1a1a", "#6b6b6b", "#b5b5b5")
PATTERNS = (
    "",
    '<pattern id="hatch-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
    '<rect width="6" height="6" fill="#6b6b6b"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern>',
    '<pattern id="hatch-2" width="5" height="5" patternUnits="userSpaceOnUse">'
    '<rect width="5" height="5" fill="#d0d0d0"/><circle cx="2.5" cy="2.5" r="1.2" fill="#1a1a1a"/></pattern>',
)
STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#111",
    foreground_strong="#111",
    foreground_subtle="#555",
    colors=GREYS,
    font_family="Noto Sans, Noto Sans Arabic, sans-serif",
    label_font_size=11,
    major_label_font_size=11,
    value_font_size=10,
    legend_font_size=11,
    title_font_size=12,
    value_colors=("#000", "#000", "#000"),
)
PATTERN_CSS = "inline:" + "".join(
    f".color-{i} .rect {{ fill: url(#hatch-{i}) !important; }} .legend .color-{i} {{ fill: url(#hatch-{i}) !important; }}"
    for i in (1, 2)
)


def share_chart(labels, series, *, rtl=False):
    """A horizontal bar chart of shares (0–100) per option for up to three areas.

    ``series`` is ``[(area name, [share or None, ...]), ...]``; hidden shares are left
    out. Returns the SVG as a data URI for an ``<img>`` (with the caller's alt text).
    The legend is printed in HTML by the page (each SVG text costs the PDF renderer more
    than the rest of the chart). Right-to-left text is not shaped inside SVG by the PDF
    renderer, so with ``rtl`` the options are numbered and the page prints them too."""
    chart = pygal.HorizontalBar(
        style=STYLE,
        width=640,
        height=30 + 17 * len(labels) * max(1, len(series)),
        range=(0, 100),
        value_formatter=lambda value: f"{value:.0f} %",
        y_labels=[0, 25, 50, 75, 100],
        show_legend=False,
        show_y_guides=False,
        truncate_label=40,
        js=[],
        disable_xml_declaration=False,
        defs=list(PATTERNS[1:]),
        css=["file://style.css", "file://graph.css", PATTERN_CSS],
    )
    # pygal draws the first label at the bottom: reverse so that options read top down.
    names = [str(n) for n in range(1, len(labels) + 1)] if rtl else [str(label) for label in labels]
    chart.x_labels = list(reversed(names))
    for name, shares in series:
        chart.add(str(name), [None if share is None else round(100 * share, 1) for share in reversed(shares)])
    # Tooltip descriptions serve browsers only; the PDF renderer would parse them for nothing.
    svg = re.sub(rb"<desc[^>]*>.*?</desc>", b"", chart.render(), flags=re.S)
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")

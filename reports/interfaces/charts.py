"""Charts for the PDF reports, drawn by pygal as SVG. Readable in black and white: each
series has its own grey or hatching pattern (the legend is HTML beside it), the value axis has guides every
25 %, and the chart comes with a text alternative; the exact figures are in the annex
tables. Bars carry no printed values: each SVG text costs the PDF renderer more than
the rest of the chart, and a report has dozens of charts.

pygal writes charts for browsers: a stylesheet of about a hundred rules, a script with
its configuration, tooltips, hover overlays, a group per bar. The PDF renderer parses
and matches that stylesheet for every chart and draws every node, so ``_print_ready``
(a pygal XML filter) keeps only what is printed: the axis labels and guides and one
path per series, with their looks as SVG attributes and no stylesheet at all."""

import base64
import re
from dataclasses import dataclass

import pygal
from pygal.etree import etree

WIDTH = 640  # the chart's width in SVG units
FONT_SIZE = 11  # pygal's label size, in SVG units
OPTION_BASELINE = 0.35  # pygal: an option's baseline under the middle of its band, in font sizes
AXIS_BASELINE = 0.89  # from the top of a line of Noto Sans (line-height 1) to its baseline, in font sizes
MM_PER_POINT = 25.4 / 72
TRANSLATE = re.compile(r"translate\(\s*([-\d.]+)[\s,]+([-\d.]+)\s*\)")
FONT_FAMILY = "Noto Sans, Noto Sans Arabic, sans-serif"
TEXT_COLOUR = "#111"
GREYS = ("#1a1a1a", "#6b6b6b", "#b5b5b5")
PATTERNS = (
    "",
    '<pattern id="hatch-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
    '<rect width="6" height="6" fill="#6b6b6b"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern>',
    '<pattern id="hatch-2" width="5" height="5" patternUnits="userSpaceOnUse">'
    '<rect width="5" height="5" fill="#d0d0d0"/><circle cx="2.5" cy="2.5" r="1.2" fill="#1a1a1a"/></pattern>',
)
# Dropped whole: browser-only content and empty or invisible layers.
DROPPED_TAGS = {"title", "desc", "script", "style"}
DROPPED_CLASSES = {"background", "titles", "overlay", "text-overlay", "tooltip-overlay"}


def _tag(node):
    tag = node.tag if isinstance(node.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def _classes(node):
    return set(node.get("class", "").split())


def _number(value):
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def _series_path(series, index):
    """One path with every bar of a series, filled with the series' grey or pattern."""
    bars = [node for node in series.iter() if _tag(node) == "rect"]
    commands = []
    for bar in bars:
        x, y, width, height = (_number(bar.get(name, 0)) for name in ("x", "y", "width", "height"))
        commands.append(f"M{x} {y}h{width}v{height}h-{width}z")
    colour = GREYS[index % len(GREYS)]
    fill = f"url(#hatch-{index})" if PATTERNS[index % len(PATTERNS)] else colour
    return etree.Element("path", d="".join(commands), fill=fill, stroke=colour, **{"stroke-width": "1"})


def _print_ready(root):
    """Reduce pygal's tree to what a printed page shows (see the module docstring)."""
    for attribute in ("id", "class"):
        root.attrib.pop(attribute, None)
    root.set("font-family", FONT_FAMILY)
    root.set("font-size", "11")
    root.set("fill", TEXT_COLOUR)
    used_patterns = set()
    for parent in list(root.iter()):
        for child in list(parent):
            tag, classes = _tag(child), _classes(child)
            if not isinstance(child.tag, str) or tag in DROPPED_TAGS or classes & DROPPED_CLASSES:
                parent.remove(child)
            elif tag == "g" and "series" in classes:
                index = next(int(name[6:]) for name in classes if name.startswith("color-"))
                if PATTERNS[index % len(PATTERNS)]:
                    used_patterns.add(f"hatch-{index}")
                path = _series_path(child, index)
                child.clear()
                child.append(path)
            elif tag == "g" and "axis" in classes:
                child.set("text-anchor", "end" if "y" in classes else "middle")
    for node in root.iter():
        tag, classes = _tag(node), _classes(node)
        if tag == "path" and "line" in classes:
            node.set("fill", "none")
            node.set("stroke", TEXT_COLOUR)
            if "guide" in classes:
                node.set("stroke-dasharray", "6,6" if "major" in classes else "4,4")
        elif tag == "rect":
            for attribute in ("rx", "ry"):
                node.attrib.pop(attribute, None)
        node.attrib.pop("class", None)
    for defs in [node for node in root if _tag(node) == "defs"]:
        for pattern in list(defs):
            if pattern.get("id") not in used_patterns:
                defs.remove(pattern)
        if not len(defs):
            root.remove(defs)
    # Groups without attributes change nothing once the classes are gone: lift their content.
    for parent in list(root.iter()):
        position = 0
        while position < len(parent):
            child = parent[position]
            if _tag(child) == "g" and not child.attrib:
                parent.remove(child)
                for offset, grandchild in enumerate(list(child)):
                    parent.insert(position + offset, grandchild)
            else:
                position += 1
    for node in root.iter():
        for attribute in ("x", "y"):
            if attribute in node.attrib:
                node.set(attribute, _number(node.get(attribute)))
    return root


def _chart(labels, series):
    """A pygal horizontal bar chart of shares (0–100) per option, one series per area."""
    chart = pygal.HorizontalBar(
        width=WIDTH,
        height=30 + 17 * len(labels) * max(1, len(series)),
        range=(0, 100),
        value_formatter=lambda value: f"{value:.0f} %",
        y_labels=[0, 25, 50, 75, 100],
        show_legend=False,
        show_y_guides=False,
        truncate_label=40,
        js=[],
        css=[],
        no_prefix=True,
        disable_xml_declaration=False,
        defs=list(PATTERNS[1:]),
    )
    # pygal draws the first label at the bottom: reverse so that options read top down.
    chart.x_labels = [str(label) for label in reversed(labels)]
    for name, shares in series:
        chart.add(str(name), [None if share is None else round(100 * share, 1) for share in reversed(shares)])
    chart.add_xml_filter(_print_ready)
    return chart


def share_chart(labels, series):
    """A horizontal bar chart of shares (0–100) per option for up to three areas, as a
    data URI of SVG for an ``<img>`` (with the caller's alt text), its text inside.

    ``series`` is ``[(area name, [share or None, ...]), ...]``; hidden shares are left
    out; the legend is the page's."""
    return _data_uri(_chart(labels, series).render())


@dataclass(frozen=True)
class PrintChart:
    """A chart for a PDF page: the SVG (``uri``) and, for the page to print over it, the
    option labels (one line each, ``band`` apart, right-aligned on the plot's left edge)
    and the percentages under the axis (centred on their guides). Lengths in millimetres
    from the chart's top left corner, font size in points. The styles place both boxes
    in the normal flow, pulled up over the image by a negative margin: absolutely
    positioned boxes cost the renderer several milliseconds each."""

    uri: str
    width: float
    height: float
    font_size: float
    options: list
    options_box: tuple  # (left, top, width, band)
    axis: list
    axis_box: tuple  # (left, top, width)

    @property
    def style(self):
        return f"width: {self.width}mm; font-size: {self.font_size}pt"

    @property
    def image_style(self):
        return f"height: {self.height}mm"

    @property
    def options_style(self):
        left, top, width, band = self.options_box
        return f"margin: {_round(top - self.height)}mm 0 0 {left}mm; width: {width}mm; line-height: {band}mm"

    @property
    def axis_style(self):
        left, top, width = self.axis_box
        _left, options_top, _width, band = self.options_box
        below = options_top + band * len(self.options)
        line = _round(self.font_size * MM_PER_POINT)
        return (f"margin: {_round(top - below)}mm 0 {_round(self.height - top - line)}mm {left}mm; width: {width}mm; "
                f"height: {line}mm")


def print_chart(labels, series, *, width=155.0):
    """``share_chart`` for a PDF page ``width`` millimetres wide: the SVG keeps pygal's
    bars, guides and axis, and its texts (option labels, percentages) come back with
    pygal's positions for the page to print in HTML. The PDF renderer lays out SVG text
    one letter at a time, which made the texts cost more than the rest of the chart;
    HTML text is laid out a line at a time, and right-to-left labels are shaped like the
    rest of the page. Two positioned boxes per chart hold all its texts (each positioned
    box and each style attribute costs the renderer about a millisecond)."""
    texts = []
    chart = _chart(labels, series)
    chart.add_xml_filter(lambda root: _take_texts(root, texts))
    svg = chart.render()
    scale = width / WIDTH
    options = sorted((y, x, text) for text, x, y, anchor in texts if anchor == "end")
    axis = sorted((x, y, text) for text, x, y, anchor in texts if anchor != "end")
    # pygal puts an option's baseline .35 font sizes under the middle of its band; a line
    # as high as the band centres its text there too.
    centres = [y - OPTION_BASELINE * FONT_SIZE for y, _x, _text in options]
    band = (centres[-1] - centres[0]) / (len(centres) - 1) if len(centres) > 1 else 2 * FONT_SIZE
    right = min(x for _y, x, _text in options)
    options_box = (0, _mm(centres[0] - band / 2, scale), _mm(right, scale), _mm(band, scale))
    step = (axis[-1][0] - axis[0][0]) / (len(axis) - 1)
    top = axis[0][1] - AXIS_BASELINE * FONT_SIZE
    axis_box = (_mm(axis[0][0] - step / 2, scale), _mm(top, scale), _mm(step * len(axis), scale))
    return PrintChart(
        _data_uri(svg), width, _mm(chart.config.height, scale), round(FONT_SIZE * scale / MM_PER_POINT, 2),
        [text for _y, _x, text in options], options_box, [text for _x, _y, text in axis], axis_box,
    )


def _mm(units, scale):
    return round(units * scale, 2)


def _round(mm):
    return round(mm, 2)


def _take_texts(root, sink):
    """Remove the texts of a print-ready tree into ``sink`` as ``(text, x, y, anchor)`` in
    the chart's coordinates, and the groups they leave empty."""

    def walk(node, dx, dy, anchor):
        match = TRANSLATE.fullmatch(node.get("transform", "").strip())
        if match:
            dx, dy = dx + float(match[1]), dy + float(match[2])
        anchor = node.get("text-anchor", anchor)
        for child in list(node):
            if _tag(child) == "text":
                x, y = float(child.get("x", 0)), float(child.get("y", 0))
                sink.append((child.text or "", dx + x, dy + y, child.get("text-anchor", anchor)))
                node.remove(child)
            elif isinstance(child.tag, str):
                walk(child, dx, dy, anchor)
                if _tag(child) == "g" and not len(child):
                    node.remove(child)

    walk(root, 0.0, 0.0, "start")
    return root


def _data_uri(svg):
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")

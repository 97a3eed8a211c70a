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

import pygal
from pygal.etree import etree

SVG_NS = "{http://www.w3.org/2000/svg}"
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


def share_chart_svg(labels, series, *, rtl=False):
    """A horizontal bar chart of shares (0–100) per option for up to three areas, as
    SVG bytes.

    ``series`` is ``[(area name, [share or None, ...]), ...]``; hidden shares are left
    out. The legend is printed in HTML by the page (each SVG text costs the PDF renderer
    more than the rest of the chart). Right-to-left text is not shaped inside SVG by the
    PDF renderer, so with ``rtl`` the options are numbered and the page prints them too."""
    chart = pygal.HorizontalBar(
        width=640,
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
    names = [str(n) for n in range(1, len(labels) + 1)] if rtl else [str(label) for label in labels]
    chart.x_labels = list(reversed(names))
    for name, shares in series:
        chart.add(str(name), [None if share is None else round(100 * share, 1) for share in reversed(shares)])
    chart.add_xml_filter(_print_ready)
    return chart.render()


def share_chart(labels, series, *, rtl=False):
    """``share_chart_svg`` as a data URI for an ``<img>`` (with the caller's alt text)."""
    svg = share_chart_svg(labels, series, rtl=rtl)
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")

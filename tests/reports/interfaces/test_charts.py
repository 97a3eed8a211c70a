import base64
import re

from django.utils import translation

from reports.domain.charts import comparison_chart
from reports.domain.cube import Figures
from reports.interfaces.charts import LINE, WIDTH, chart_bars_svg, chart_bars_uri, chart_height_px


def figures(shares, base=20):
    return Figures(tuple(None if s is None else round(s * base) for s in shares), base, tuple(shares))


HIDDEN_ROW = Figures((None, None), None, (None, None))


BOX = re.compile(r"M([\d.]+) ([\d.]+)h([\d.]+)v[\d.]+h-[\d.]+z")


BOX_LINE = re.compile(r"M([\d.]+) ([\d.]+)h([\d.]+)")


def marks(svg):
    """The dashed lines drawn over bars (stripes, dots, hatch), with their attributes."""
    return [
        dict(re.findall(r'(\w[\w-]*)="([^"]*)"', shape)) for shape in re.findall(r'<path class="marks" [^>]*/>', svg)
    ]


def rects(svg):
    """Every bar and hidden placeholder of a chart's SVG: its path's attributes and one
    box of it (``x``, ``y``, ``width``), in the order of the paths."""
    shapes = []
    for shape in re.findall(r'<path class="(?:bars|hidden)" [^>]*/>', svg):
        attributes = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', shape))
        for x, y, width in BOX.findall(attributes["d"]):
            shapes.append({**attributes, "x": x, "y": y, "width": width})
    return shapes


def test_comparison_chart_keeps_a_hidden_area_with_every_bar_marked_hidden():
    chart = comparison_chart(
        ["Yes", "No"],
        [
            ("KE", "Kenya", HIDDEN_ROW),
            ("002", "Africa", figures([0.5, 0.5])),
            ("world", "The world", figures([0.4, 0.6])),
        ],
    )

    assert [(s.index, s.name) for s in chart.series] == [(0, "Kenya"), (1, "Africa"), (2, "The world")]
    assert [s.base for s in chart.series] == [None, 20, 20]
    assert [[bar.hidden for bar in answer.bars] for answer in chart.answers] == [[True, False, False]] * 2
    assert chart.has_hidden


def test_comparison_chart_tells_a_hidden_share_from_a_published_zero():
    chart = comparison_chart(["Yes", "No"], [("KE", "Kenya", figures([1.0, 0.0]))])
    hidden = comparison_chart(["Yes", "No"], [("KE", "Kenya", Figures((20, None), 20, (1.0, None)))])

    assert [bar.share for bar in chart.answers[1].bars] == [0.0]
    assert not chart.answers[1].bars[0].hidden
    assert hidden.answers[1].bars[0].hidden


def test_a_hidden_figure_is_drawn_as_a_dashed_hatched_placeholder_never_as_a_zero_bar():
    chart = comparison_chart(
        ["Yes", "No"],
        [("KE", "Kenya", Figures((20, None), 20, (1.0, None))), ("world", "The world", figures([1.0, 0.0]))],
    )

    svg = chart_bars_svg(chart, rtl=False)
    shapes = rects(svg)

    # Lines: "Yes", Kenya, world, "No", Kenya, world. Kenya's hidden "No" (line 4): across
    # the whole track, hatched, dashed; the world's zero (line 5): nothing.
    assert [float(s["y"]) // LINE for s in shapes] == [1, 2, 4]
    hidden = shapes[-1]
    assert hidden["width"] == str(WIDTH)
    assert hidden["fill"] == "#fff" and hidden["stroke-dasharray"] == "3 2"
    assert all("stroke-dasharray" not in s for s in shapes[:-1])
    # The hatch: one grey dashed line along the placeholder, inside its outline.
    (hatch,) = [m for m in marks(svg) if m["stroke"] == "#8c8c8c"]
    assert BOX_LINE.findall(hatch["d"]) == [("0.4", str(4 * LINE + 5), str(WIDTH - 0.8))]


def test_bars_carry_their_series_pattern_and_no_text_style_or_script():
    chart = comparison_chart(
        ["Yes"],
        [("KE", "Kenya", figures([0.5])), ("002", "Africa", figures([0.25])), ("world", "The world", figures([0.75]))],
    )

    svg = chart_bars_svg(chart, rtl=False)

    assert "<text" not in svg and "style=" not in svg and "<script" not in svg
    bars = rects(svg)
    assert [b["width"] for b in bars] == [str(WIDTH // 2), str(WIDTH // 4), str(WIDTH * 3 // 4)]
    assert [b["fill"] for b in bars] == ["#0072B2", "#E69F00", "#009E73"]
    # Solid for the country; white stripes (dashes as high as the bar) for the region and
    # white dots (round caps) for the world, so that the three read apart in grey.
    stripes, dots = marks(svg)
    assert stripes["stroke"] == dots["stroke"] == "#fff"
    assert float(stripes["stroke-width"]) > 5 and "stroke-linecap" not in stripes
    assert dots["stroke-linecap"] == "round"
    assert BOX_LINE.findall(stripes["d"]) == [("0.4", str(2 * LINE + 5), str(WIDTH // 4 - 0.8))]
    # No patterns (the PDF renderer builds a document for each use of one), no hidden path.
    assert "<pattern" not in svg and 'class="hidden"' not in svg


def test_bars_grow_from_the_right_in_right_to_left_languages():
    chart = comparison_chart(["نعم"], [("KE", "كينيا", figures([0.25]))])

    with translation.override("ar"):
        bar = rects(chart_bars_svg(chart))[0]

    assert bar["x"] == str(WIDTH * 3 // 4) and bar["width"] == str(WIDTH // 4)


def test_bars_uri_is_a_data_uri_of_the_svg():
    chart = comparison_chart(["Yes"], [("KE", "Kenya", figures([0.5]))])

    uri = chart_bars_uri(chart)

    assert uri.startswith("data:image/svg+xml;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]).decode().startswith("<svg ")


def test_an_area_keeps_its_colour_in_every_report():
    world_only = comparison_chart(["Yes"], [("world", "The world", figures([0.5]))])
    region_and_world = comparison_chart(
        ["Yes"], [("002", "Africa", figures([0.5])), ("world", "The world", figures([0.5]))]
    )

    assert [bar.series for bar in world_only.answers[0].bars] == [2]
    assert [bar.series for bar in region_and_world.answers[0].bars] == [1, 2]


def test_a_chart_is_one_svg_as_high_as_its_lines_of_text():
    chart = comparison_chart(
        ["Yes", "No", "Maybe"],
        [("KE", "Kenya", figures([0.5, 0.25, 0.25])), ("world", "The world", figures([0.4, 0.4, 0.2]))],
    )

    svg = chart_bars_svg(chart, rtl=False)

    # Three answers of one label line and two bar lines: nine lines.
    assert svg.count("<svg") == 1 and f'viewBox="0 0 {WIDTH} {9 * LINE}"' in svg
    assert chart_height_px(chart) == 9 * 15
    assert svg.count('<path class="bars"') == 2  # one path per series, whatever the number of answers

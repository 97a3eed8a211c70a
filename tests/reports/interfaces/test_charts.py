import base64

from reports.interfaces.charts import print_chart, share_chart


def svg_of(uri):
    return base64.b64decode(uri.split(",", 1)[1]).decode()


def test_share_chart_is_svg_with_labels_and_patterns():
    svg = svg_of(share_chart(["Yes", "No"], [("Kenya", [0.6, 0.4]), ("Africa", [0.5, None])]))

    assert svg.startswith("<?xml")
    assert ">Yes<" in svg and ">No<" in svg
    assert ">Kenya<" not in svg
    assert 'id="hatch-1"' in svg


def test_share_chart_carries_no_stylesheet_script_or_tooltips():
    svg = svg_of(share_chart(["Yes", "No"], [("Kenya", [0.6, 0.4]), ("Africa", [0.5, 0.5]), ("World", [0.4, 0.6])]))

    assert "<style" not in svg and "<script" not in svg and "<title" not in svg
    assert "tooltip" not in svg
    # One path per series, filled with its grey or its pattern.
    assert svg.count('fill="url(#hatch-1)"') == 1 and svg.count('fill="url(#hatch-2)"') == 1


def test_print_chart_gives_its_texts_to_the_page_in_reading_order():
    chart = print_chart(["Yes", "No", "No answer"], [("Kenya", [0.6, 0.3, 0.1])])

    assert "<text" not in svg_of(chart.uri)
    assert chart.options == ["Yes", "No", "No answer"]
    assert chart.axis == ["0 %", "25 %", "50 %", "75 %", "100 %"]
    left, top, width, band = chart.options_box
    assert left == 0 and 0 < top and top + 3 * band < chart.height and 0 < width < chart.width
    axis_left, axis_top, axis_width = chart.axis_box
    assert width < axis_left + axis_width / 5 and axis_left + axis_width <= chart.width + axis_width / 5
    assert top + 3 * band <= axis_top < chart.height
    assert chart.style == "width: 155.0mm; font-size: 7.55pt"
    assert chart.image_style == f"height: {chart.height}mm"


def test_print_chart_right_to_left_labels_are_printed_by_the_page_not_the_svg():
    chart = print_chart(["نعم", "لا", "بلا إجابة"], [("كينيا", [0.6, 0.3, 0.1])])

    svg = svg_of(chart.uri)
    assert "نعم" not in svg and "كينيا" not in svg
    assert chart.options == ["نعم", "لا", "بلا إجابة"]

import base64

from reports.interfaces.charts import share_chart


def svg_of(uri):
    return base64.b64decode(uri.split(",", 1)[1]).decode()


def test_share_chart_is_svg_with_labels_and_patterns():
    svg = svg_of(share_chart(["Yes", "No"], [("Kenya", [0.6, 0.4]), ("Africa", [0.5, None])]))

    assert svg.startswith("<?xml")
    assert ">Yes<" in svg and ">No<" in svg
    assert ">Kenya<" not in svg
    assert 'id="hatch-1"' in svg


def test_share_chart_right_to_left_numbers_options_and_leaves_legend_out():
    svg = svg_of(share_chart(["نعم", "لا"], [("كينيا", [0.6, 0.4])], rtl=True))

    assert ">1<" in svg and ">2<" in svg
    assert "نعم" not in svg
    assert "كينيا" not in svg

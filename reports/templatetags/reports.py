from django import template

from wetheinternet.i18n.numbers import format_percent

from ..interfaces import charts

register = template.Library()


@register.filter
def percent(share):
    """A share (0 to 1) as a whole percentage, or a dash when hidden."""
    return format_percent(share)


@register.filter
def chart_bars_uri(chart):
    """A chart's bars as one SVG data URI (PDF pages)."""
    return charts.chart_bars_uri(chart)


@register.filter
def chart_bars_inline(chart):
    """A chart's bars as one inline SVG (web pages)."""
    return charts.chart_bars_inline(chart)


@register.filter
def chart_height_px(chart):
    """The height of a chart's bars in the PDF, in CSS pixels (its lines of text)."""
    return charts.chart_height_px(chart)


@register.filter
def timeline_level(count, timeline):
    """The shading (0 to 4) of a cell of the wall's reporting timeline."""
    return timeline.level(count)


@register.filter
def item_at(sequence, position):
    return sequence[position]

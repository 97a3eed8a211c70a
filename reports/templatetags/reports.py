from django import template

from wetheinternet.i18n.numbers import format_percent

from ..interfaces import charts

register = template.Library()


@register.filter
def percent(share):
    """A share (0 to 1) as a whole percentage, or a dash when hidden."""
    return format_percent(share)


@register.filter
def answer_bars_uri(answer):
    """One answer's bars as an SVG data URI (PDF pages)."""
    return charts.answer_bars_uri(answer)


@register.filter
def answer_bars_inline(answer):
    """One answer's bars as inline SVG (web pages)."""
    return charts.answer_bars_inline(answer)

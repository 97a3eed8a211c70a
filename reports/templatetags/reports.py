from django import template
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

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


ANNEX_BLOCK = 8  # rows of a full table printed as one block (a page may break between blocks)


def _lines(values):
    return mark_safe("\n".join(conditional_escape("–" if value is None else localize(value)) for value in values))


@register.filter
def figure_blocks(rows, more=()):
    """The rows ``[(name, Figures)]`` (then ``more``) of a full table as blocks of at most
    ``ANNEX_BLOCK`` rows, each block a list of column texts (names, each column's counts,
    the bases), one line per row, a dash for a hidden figure. The PDF prints a block as
    one table row of a few texts (``white-space: pre``), not a box per figure: the PDF
    renderer's time grows with its number of boxes, and the full tables were two fifths
    of a national report's."""
    rows = list(rows) + list(more or ())
    blocks = []
    for start in range(0, len(rows), ANNEX_BLOCK):
        chunk = rows[start : start + ANNEX_BLOCK]
        columns = [_lines(name for name, _figures in chunk)]
        columns += [_lines(counts) for counts in zip(*(figures.counts for _name, figures in chunk), strict=True)]
        columns.append(_lines(figures.base for _name, figures in chunk))
        blocks.append(columns)
    return blocks


@register.filter
def names_width(rows, more=()):
    """The width of a full table's first column, in per cent of the table, from its
    longest name (the names are printed on one line each: ``figure_blocks``); the other
    columns share the rest equally (``table-layout: fixed``, cheaper to lay out)."""
    longest = max((len(str(name)) for name, _figures in [*rows, *(more or ())]), default=0)
    return max(16, min(40, round(longest * 1.05 + 3)))

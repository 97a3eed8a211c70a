from django import template

from wetheinternet.i18n.numbers import format_percent

register = template.Library()


@register.filter
def percent(share):
    """A share (0 to 1) as a whole percentage, or a dash when hidden."""
    return format_percent(share)

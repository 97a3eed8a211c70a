"""``{% load localised_numbers %}{{ share|percent_in_language }}``: a 0-1 share as a
percentage written the way the page's language writes it."""

from django import template

from ..numbers import format_percent

register = template.Library()


@register.filter
def percent_in_language(share, decimals=0):
    return format_percent(share, decimals=int(decimals))

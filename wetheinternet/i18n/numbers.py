"""Numbers written the way each language writes them: the percent sign's place and
spacing (32 % in French, 32٪ in Arabic) and the decimal separator."""

from django.utils.formats import number_format
from django.utils.translation import pgettext


def format_percent(share, *, decimals=0):
    """A share from 0 to 1 as a percentage in the active language, or a dash when None."""
    if share is None:
        return "–"
    number = number_format(round(100 * share, decimals), decimal_pos=decimals, use_l10n=True)
    return pgettext("percentage, e.g. 32%", "%(number)s%%") % {"number": number}

"""The messages of the result checks that the entry page also makes in the browser
(``results.interfaces.checks`` hands them to ``results-checks.js``): written
once here, so the browser and the server always say the same thing, in the same words
and translations. Placeholders are Python's ``%(name)s``; the script fills them the
same way."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

PRESENT_REQUIRED = _("Enter the number of people present: a whole number of 0 or more.")
WHOLE_NUMBER = _("Enter a whole number of 0 or more.")
SEAT_ANSWER_MISSING = _("Choose this seat's answer, or “Abstained or blank”.")
RANK_WHOLE = _("Rank the answer with a whole number from 1.")
BALLOTS_OVER_PRESENT = _("There are more ballots (%(ballots)s) than people present (%(present)s).")
NEEDS_ANSWER = _("This question needs an answer on every ballot.")
OPTION_OVER_PRESENT = _("More people ticked this option (%(count)s) than were present (%(present)s).")
COUNTS_OVER_PRESENT = _("The answers to this question add up to %(total)s, more than the %(present)s people present.")
OPEN_TEXT_MISSING = _("Write the answer, or leave the whole row empty.")
OPEN_TOO_LONG = _("Keep the answer under %(limit)s characters (it has %(length)s).")
RANK_RANGE = _("Rank the answer from 1 to %(limit)s.")
RANK_TWICE = _("Two answers have the same rank.")


def present_over_capacity(seats):
    return ngettext(
        "The table has %(seats)s seat: no more people can be present.",
        "The table has %(seats)s seats: no more people can be present.",
        seats,
    ) % {"seats": seats}


def too_many_options(most):
    return ngettext("Choose at most %(count)s option.", "Choose at most %(count)s options.", most) % {"count": most}

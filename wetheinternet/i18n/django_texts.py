"""Texts of Django itself that read wrongly in one of our languages. Marked here so that
makemessages keeps them in our catalogues, which take precedence over Django's own.
Nothing imports this module: only the extraction reads it."""

from django.utils.translation import gettext_noop

# Django adds ":" after a form label unless the label ends with one of these characters
# (django/forms/boundfield.py). Arabic questions end with "؟", which Django's Arabic
# catalogue leaves out, so labels read "؟:".
LABEL_END_CHARACTERS = gettext_noop(":?.!")
# Month names as in "21 de novembro de 2026": Django's Portuguese catalogue capitalises
# them ("Novembro"), which the 1990 spelling agreement (Brazil, Portugal) no longer does.
# The other languages' entries repeat Django's own text.
MONTH_NAMES = [
    gettext_noop("January"), gettext_noop("February"), gettext_noop("March"), gettext_noop("April"),
    gettext_noop("May"), gettext_noop("June"), gettext_noop("July"), gettext_noop("August"),
    gettext_noop("September"), gettext_noop("October"), gettext_noop("November"), gettext_noop("December"),
]

"""Texts of Django itself that read wrongly in one of our languages. Marked here so that
makemessages keeps them in our catalogues, which take precedence over Django's own.
Nothing imports this module: only the extraction reads it."""

from django.utils.translation import gettext_noop

# Django adds ":" after a form label unless the label ends with one of these characters
# (django/forms/boundfield.py). Arabic questions end with "؟", which Django's Arabic
# catalogue leaves out, so labels read "؟:".
LABEL_END_CHARACTERS = gettext_noop(":?.!")

"""Reading what people type, strictly, in one place: whole numbers and free text.

Numbers: only ASCII digits, at most ``MAX_DIGITS`` of them. Python's ``str.isdigit()``
and ``int()`` accept much more (``"²"``, Arabic-Indic digits, 4,300-digit strings that
overflow a database column or raise on conversion), so user input never goes through
them directly.

Text: control characters (Unicode category Cc, except tab, line feed and carriage
return) and lone surrogates cannot be stored (PostgreSQL refuses NUL; a lone surrogate
cannot be encoded) and are never typed on purpose. ``ControlCharacterMiddleware``
refuses them in every form field and query parameter, the API's parser in every JSON
string, and importers call ``control_character_error`` on each cell."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_DIGITS = 10  # as many as 2**31 - 1 has; fields bound the value further (max_value)
ALLOWED_CONTROLS = frozenset("\t\n\r")
_WHOLE_NUMBER = re.compile(r"[0-9]+")

CONTROL_CHARACTER_MESSAGE = _(
    "Remove the invisible control characters (such as NUL) from this text: they cannot be stored."
)
NUMBER_MESSAGE = _("Enter a whole number with the digits 0 to 9 only.")


def parse_whole_number(raw, *, max_digits=MAX_DIGITS):
    """The int written in ``raw`` (surrounding spaces allowed), or None when ``raw`` is
    not 1 to ``max_digits`` ASCII digits."""
    text = str(raw if raw is not None else "").strip()
    if len(text) > max_digits or not _WHOLE_NUMBER.fullmatch(text):
        return None
    return int(text)


# Unicode's Cc category is fixed by its stability policy (U+0000-U+001F, U+007F-U+009F)
# and Cs is the surrogate range, so one compiled class finds them: every key and string
# of every API body is scanned, and a per-character category lookup cost a quarter of a
# millisecond per result (tests/core/test_control_characters.py compares both over every code point).
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def has_control_characters(text):
    """Whether ``text`` holds a control character (category Cc, except tab, line feed
    and carriage return) or a lone surrogate (Cs)."""
    return _CONTROL_CHARACTER.search(str(text)) is not None


def control_character_error(text):
    """The translated message when ``text`` holds a character that cannot be stored, else None."""
    return CONTROL_CHARACTER_MESSAGE if has_control_characters(text) else None


def reject_control_characters(value):
    """A validator for model, form and serializer fields."""
    if has_control_characters(value):
        raise ValidationError(CONTROL_CHARACTER_MESSAGE, code="control_characters")


class WholeNumberField(forms.IntegerField):
    """``forms.IntegerField`` that reads ASCII digits only (no ``"٣"``, ``"²"``, ``"1e3"``, ``"+5"``)."""

    default_error_messages = {"invalid": NUMBER_MESSAGE}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = parse_whole_number(value)
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number


EMAIL_MAX_LENGTH = 254  # what every model's EmailField stores (RFC 5321's path limit)


class EmailAddressField(forms.EmailField):
    """``forms.EmailField`` bounded by what is stored: Django's form field accepts 320
    characters, the models keep 254, and a longer address failed on PostgreSQL."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", EMAIL_MAX_LENGTH)
        super().__init__(**kwargs)

"""Reading a translated content field with a visible fallback: when the visitor's
language has no translation, the text of the dialogue's default language is shown,
marked as such."""

import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from .registry import content_languages


@dataclass(frozen=True)
class FieldTranslation:
    text: str
    language: str  # the language ``text`` is in
    requested: str  # the language the visitor asked for

    @property
    def is_fallback(self):
        return bool(self.text) and self.language != self.requested

    @property
    def language_name(self):
        """The fallback language's name in the visitor's language (“anglais”)."""
        return get_language_info(self.language)["name_translated"]

    def __str__(self):
        return self.text

    def __html__(self):
        if not self.is_fallback:
            return format_html("{}", self.text)
        return format_html(
            '<span lang="{}" dir="{}">{}</span> <span class="content-fallback">{}</span>',
            self.language,
            text_direction(self.text),
            self.text,
            _("(shown in %(language)s)") % {"language": self.language_name},
        )


def text_direction(text):
    """"rtl" or "ltr": the direction of the first strongly directional letter of ``text``
    (the rule of ``dir="auto"``, worked out here because WeasyPrint does not apply it)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def dialogue_of(obj, depth=3):
    """The dialogue ``obj`` belongs to, if it is already loaded (never queries)."""
    if getattr(obj, "_meta", None) is not None and obj._meta.label == "dialogues.Dialogue":
        return obj
    cache = getattr(getattr(obj, "_state", None), "fields_cache", {})
    for related in cache.values():
        found = dialogue_of(related, depth - 1) if related is not None and depth > 0 else None
        if found is not None:
            return found
    return None


def translated_value(obj, field, *, fallback=None, language=None):
    """The FieldTranslation of ``obj.field`` in ``language`` (default: the active one),
    falling back to ``fallback`` (default: the dialogue's default language when known,
    else the platform's), then to any language that has text."""
    requested = language or get_language() or settings.LANGUAGE_CODE
    if fallback is None:
        dialogue = dialogue_of(obj)
        fallback = dialogue.default_language if dialogue is not None else settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    for code in dict.fromkeys([requested, fallback, *content_languages()]):
        text = getattr(obj, build_localized_fieldname(field, code), None)
        if text:
            return FieldTranslation(text=text, language=code, requested=requested)
    return FieldTranslation(text="", language=requested, requested=requested)

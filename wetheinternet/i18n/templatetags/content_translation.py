"""``{% translated_field obj "title" %}``: the field in the visitor's language, or in
the dialogue's default language with a visible “(shown in English)” marker.

The fallback language is the default language of the object's dialogue when it is
loaded (``select_related``), else of the ``dialogue`` template variable, else the
platform's; ``fallback="fr"`` chooses it explicitly. ``{% translated_field obj "description" as text %}`` gives the
FieldTranslation (``text.text``, ``text.is_fallback``, ``text.language``) for custom markup."""

from django import template

from ..content.fallback import dialogue_of, text_direction, translated_value

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_field(context, obj, field, fallback=None):
    dialogue = dialogue_of(obj) or context.get("dialogue")
    if fallback is None and getattr(dialogue, "default_language", None):
        fallback = dialogue.default_language
    return translated_value(obj, field, fallback=fallback)


@register.filter
def translated(obj, field):
    """``{{ topic|translated:"title" }}``: the same as the tag, for inline use; the
    fallback language is the object's dialogue's default when loaded."""
    return translated_value(obj, field).__html__()


@register.filter(name="text_direction")
def text_direction_filter(text):
    """``<span dir="{{ answer|text_direction }}">``: a user's text in its own direction
    inside a page of the other one (an English answer in an Arabic report)."""
    return text_direction(str(text))

from modeltranslation.translator import TranslationOptions, register

from .models import ConsentText


@register(ConsentText)
class ConsentTextTranslation(TranslationOptions):
    fields = ("text",)

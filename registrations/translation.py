from modeltranslation.translator import TranslationOptions, register

from .models import Category, ConsentText, Feature


@register(Feature)
class FeatureTranslation(TranslationOptions):
    fields = ("name",)


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("label",)


@register(ConsentText)
class ConsentTextTranslation(TranslationOptions):
    fields = ("text",)

from modeltranslation.translator import TranslationOptions, register

from .models import Recommendation, Theme


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Recommendation)
class RecommendationTranslation(TranslationOptions):
    fields = ("title", "text")

from modeltranslation.translator import TranslationOptions, register

from .models import EvaluationChoice, EvaluationQuestion, Questionnaire, Recommendation, Theme


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Recommendation)
class RecommendationTranslation(TranslationOptions):
    fields = ("title", "text")


@register(Questionnaire)
class QuestionnaireTranslation(TranslationOptions):
    fields = ("title", "introduction")


@register(EvaluationQuestion)
class EvaluationQuestionTranslation(TranslationOptions):
    fields = ("text",)


@register(EvaluationChoice)
class EvaluationChoiceTranslation(TranslationOptions):
    fields = ("label",)

from modeltranslation.translator import TranslationOptions, register

from .models import (
    AgendaTemplateItem,
    Category,
    Dialogue,
    Feature,
    Material,
    Option,
    Question,
    ScheduledItem,
    Topic,
)


@register(Dialogue)
class DialogueTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("title", "description")


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("text", "help_text")


@register(Option)
class OptionTranslation(TranslationOptions):
    fields = ("label",)


@register(AgendaTemplateItem)
class AgendaTemplateItemTranslation(TranslationOptions):
    fields = ("title",)


@register(ScheduledItem)
class ScheduledItemTranslation(TranslationOptions):
    fields = ("title",)


@register(Feature)
class FeatureTranslation(TranslationOptions):
    fields = ("name",)


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("label",)


@register(Material)
class MaterialTranslation(TranslationOptions):
    fields = ("title",)

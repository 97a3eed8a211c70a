from modeltranslation.translator import TranslationOptions, register

from .models import CodeOfConduct, CodeVersion, WorkingSession


@register(CodeOfConduct)
class CodeOfConductTranslation(TranslationOptions):
    fields = ("title",)


@register(CodeVersion)
class CodeVersionTranslation(TranslationOptions):
    fields = ("title", "body", "summary_of_changes", "what_we_heard")


@register(WorkingSession)
class WorkingSessionTranslation(TranslationOptions):
    fields = ("title",)

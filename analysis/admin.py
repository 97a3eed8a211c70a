"""Evaluation questionnaires are written here, in every language (modeltranslation
fields); the answers, tokens and markers have no admin page: nobody browses them."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from wetheinternet.core.admin_base import LabelledInlineMixin

from .models import EvaluationChoice, EvaluationQuestion, Questionnaire


class EvaluationQuestionInline(LabelledInlineMixin, TranslationTabularInline):
    model = EvaluationQuestion
    extra = 0
    fields = ["position", "kind", "text", "scale_max"]
    show_change_link = True


class EvaluationChoiceInline(LabelledInlineMixin, TranslationTabularInline):
    model = EvaluationChoice
    extra = 0
    fields = ["position", "label"]


@admin.register(Questionnaire)
class QuestionnaireAdmin(TranslationAdmin):
    list_display = ["title", "dialogue", "audience", "is_open"]
    list_filter = ["audience", "dialogue"]
    inlines = [EvaluationQuestionInline]


@admin.register(EvaluationQuestion)
class EvaluationQuestionAdmin(TranslationAdmin):
    list_display = ["text", "questionnaire", "kind", "position"]
    list_filter = ["kind"]
    inlines = [EvaluationChoiceInline]

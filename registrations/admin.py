"""Organiser console: features, categories, quotas and consent texts are set up here.
Registrants are not listed in the admin: personal data is seen only by the partner,
the person, and the data-protection officer through the pages that check it."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from wetheinternet.core.admin_inlines import LabelledInlineMixin

from .models import Category, ConsentText, Feature, PanelRun, QuotaTarget, RetentionPurge


class CategoryInline(LabelledInlineMixin, TranslationTabularInline):
    model = Category
    extra = 0
    fields = ["position", "code", "label"]


@admin.register(Feature)
class FeatureAdmin(TranslationAdmin):
    list_display = ["name", "dialogue", "code", "position"]
    list_filter = ["dialogue"]
    inlines = [CategoryInline]


@admin.register(QuotaTarget)
class QuotaTargetAdmin(admin.ModelAdmin):
    list_display = ["category", "country", "min_count", "max_count", "population_share"]
    list_filter = ["category__feature__dialogue", "country"]


@admin.register(ConsentText)
class ConsentTextAdmin(TranslationAdmin):
    list_display = ["purpose", "version", "dialogue", "published_at"]
    list_filter = ["dialogue", "purpose"]


@admin.register(PanelRun)
class PanelRunAdmin(admin.ModelAdmin):
    list_display = ["pk", "dialogue", "country", "kind", "algorithm", "state", "created_at"]
    list_filter = ["dialogue", "state", "algorithm"]
    exclude = ["inputs", "probabilities"]
    readonly_fields = ["seed", "algorithm_reason", "message", "quota_fulfilment"]


@admin.register(RetentionPurge)
class RetentionPurgeAdmin(admin.ModelAdmin):
    list_display = ["dialogue", "ran_at", "registrants_erased", "consents_closed"]

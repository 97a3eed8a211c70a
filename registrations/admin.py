"""Organiser console: quotas and consent texts are set up here (features and their
categories with the dialogue's design, in ``dialogues.admin``).
Registrants are not listed in the admin: personal data is seen only by the partner,
the person, and the data-protection officer through the pages that check it."""

from django.contrib import admin, messages
from django.utils.translation import gettext as _
from modeltranslation.admin import TranslationAdmin

from wetheinternet.core.admin_base import VisibleToAdmin

from .domain.consent_texts import is_agreed_to, save_consent_text, wording_fields
from .models import ConsentText, PanelRun, QuotaTarget, RetentionPurge


@admin.register(QuotaTarget)
class QuotaTargetAdmin(admin.ModelAdmin):
    list_display = ["category", "country", "min_count", "max_count", "population_share"]
    list_filter = ["category__feature__dialogue", "country"]


@admin.register(ConsentText)
class ConsentTextAdmin(TranslationAdmin):
    """A text someone agreed to is never changed: saving a new wording makes the next
    version (``save_consent_text``), and it cannot be deleted."""

    list_display = ["purpose", "version", "dialogue", "published_at"]
    list_filter = ["dialogue", "purpose"]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and is_agreed_to(obj):
            return ["dialogue", "purpose", "version", "published_at"]
        return []

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj is not None and is_agreed_to(obj))

    def save_model(self, request, obj, form, change):
        if not change or not is_agreed_to(obj):
            super().save_model(request, obj, form, change)
            return
        wording = {field: form.cleaned_data[field] for field in wording_fields() if field in form.cleaned_data}
        saved = save_consent_text(ConsentText.objects.get(pk=obj.pk), wording, by=request.user)
        if saved.pk != obj.pk:
            messages.info(request, _("People agreed to version %(old)s: the new wording is version %(new)s.") % {
                "old": obj.version, "new": saved.version})
        obj.pk, obj.version = saved.pk, saved.version


@admin.register(PanelRun)
class PanelRunAdmin(VisibleToAdmin):
    list_display = ["pk", "dialogue", "country", "kind", "algorithm", "state", "created_at"]
    list_filter = ["dialogue", "state", "algorithm"]
    exclude = ["inputs", "probabilities"]
    readonly_fields = ["seed", "algorithm_reason", "message", "quota_fulfilment"]


@admin.register(RetentionPurge)
class RetentionPurgeAdmin(admin.ModelAdmin):
    list_display = ["dialogue", "ran_at", "registrants_erased", "consents_closed"]

"""Codes, versions and working sessions are edited in the organiser console; the life
cycle moves (open consultation, publish) go through the domain functions. Cases are
not in the admin: they are read only through the audited conduct pages."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from .domain.errors import ConductError
from .domain.versions import open_consultation, publish_version
from .models import Acceptance, CodeOfConduct, CodeVersion, GuidelinesPresentation, WorkingSession


@admin.register(CodeOfConduct)
class CodeOfConductAdmin(TabbedTranslationAdmin):
    list_display = ["title", "slug", "dialogue"]


class WorkingSessionInline(TranslationTabularInline):
    model = WorkingSession
    extra = 0


@admin.register(CodeVersion)
class CodeVersionAdmin(TabbedTranslationAdmin):
    list_display = ["code", "number", "state", "published_at"]
    list_filter = ["state", "code"]
    readonly_fields = ["state", "published_at", "superseded_at", "what_we_heard_published_at"]
    inlines = [WorkingSessionInline]
    actions = ["open_for_consultation", "publish"]

    @admin.action(description=_("Open for consultation"))
    def open_for_consultation(self, request, queryset):
        self._run(request, queryset, open_consultation)

    @admin.action(description=_("Publish (supersedes the version in force)"))
    def publish(self, request, queryset):
        self._run(request, queryset, publish_version)

    def _run(self, request, queryset, action):
        for version in queryset:
            try:
                action(version, by=request.user)
            except ConductError as error:
                self.message_user(request, f"{version}: {error}", messages.ERROR)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Acceptance)
class AcceptanceAdmin(admin.ModelAdmin):
    list_display = ["version", "dialogue", "user", "registrant", "method", "accepted_at"]
    list_filter = ["method", "version"]
    raw_id_fields = ["user", "registrant", "recorded_by"]


@admin.register(GuidelinesPresentation)
class GuidelinesPresentationAdmin(admin.ModelAdmin):
    list_display = ["site", "version", "presented_at", "people_present"]

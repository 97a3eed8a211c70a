"""Codes, versions and working sessions are edited in the organiser console; the life
cycle moves (open consultation, publish) go through the domain functions. Cases are
not in the admin: they are read only through the audited conduct pages."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from modeltranslation import settings as mt_settings
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from wetheinternet.core.admin_base import LabelledInlineMixin, RecordAdmin
from wetheinternet.core.audit import log_action

from .domain.errors import ConductError
from .domain.versions import open_consultation, publish_version, start_new_version
from .enums import VersionState
from .models import Acceptance, CodeOfConduct, CodeVersion, GuidelinesPresentation, WorkingSession


def translated_text_fields(model):
    """``title_en``, ``title_fr``, ``body_en``… of a model registered for translation."""
    return [
        build_localized_fieldname(field, language)
        for field in translator.get_options_for_model(model).fields
        for language in mt_settings.AVAILABLE_LANGUAGES
    ]


@admin.register(CodeOfConduct)
class CodeOfConductAdmin(TabbedTranslationAdmin):
    list_display = ["title", "slug", "dialogue"]


class WorkingSessionInline(LabelledInlineMixin, TranslationTabularInline):
    model = WorkingSession
    extra = 0


@admin.register(CodeVersion)
class CodeVersionAdmin(TabbedTranslationAdmin):
    list_display = ["code", "number", "state", "published_at"]
    list_filter = ["state", "code"]
    readonly_fields = ["state", "published_at", "superseded_at", "what_we_heard_published_at"]
    inlines = [WorkingSessionInline]
    actions = ["open_for_consultation", "publish", "new_draft_from"]

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

    @admin.action(description=_("Start a new draft version from this one"))
    def new_draft_from(self, request, queryset):
        for version in queryset:
            texts = {field: getattr(version, field) for field in translated_text_fields(CodeVersion)}
            copy = start_new_version(version.code, by=request.user, **texts)
            self.message_user(request, _("Version %(number)s created as a draft.") % {"number": copy.number})

    def get_readonly_fields(self, request, obj=None):
        """Only a draft nobody has accepted is edited in place; a change to a version in
        consultation, published or accepted is a new version (action above)."""
        if obj is not None and (obj.state != VersionState.DRAFT or obj.acceptances.exists()):
            return [field.name for field in CodeVersion._meta.fields]
        return self.readonly_fields

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            log_action("conduct.version.changed", actor=request.user, target=obj, data={"number": obj.number})
            return
        texts = {field: form.cleaned_data[field] for field in translated_text_fields(CodeVersion) if field in form.cleaned_data}
        version = start_new_version(form.cleaned_data["code"], by=request.user, **texts)
        obj.pk, obj._state.adding = version.pk, False


@admin.register(Acceptance)
class AcceptanceAdmin(RecordAdmin):
    """Who accepted which version; a participant appears as a number, never a name."""

    list_display = ["version", "dialogue", "user", "participant_id", "method", "accepted_at"]
    list_filter = ["method", "version"]
    fields = ["version", "dialogue", "user", "participant_id", "method", "accepted_at"]
    readonly_fields = fields


@admin.register(GuidelinesPresentation)
class GuidelinesPresentationAdmin(RecordAdmin):
    list_display = ["site", "version", "presented_at", "people_present"]

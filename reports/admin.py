from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from dialogues.admin import add_dialogue_action
from wetheinternet.core.admin_base import RecordAdmin, VisibleToAdmin
from wetheinternet.core.outbox import defer

from .domain.kits import KitError, launch_kits
from .models import OpenAnswerReview, Release, RenderedDocument, ReportJob, ScheduledRelease


@admin.register(RenderedDocument)
class RenderedDocumentAdmin(admin.ModelAdmin):
    list_display = ["dialogue", "kind", "language", "created_at"]
    list_filter = ["kind", "language", "dialogue"]


@admin.register(ReportJob)
class ReportJobAdmin(VisibleToAdmin):
    """Read-only: reports are launched and published from the reports pages."""

    list_display = ["dialogue", "scope", "area", "language", "state", "progress", "attempts", "published_at"]
    list_filter = ["state", "scope", "language", "dialogue"]
    readonly_fields = [field.name for field in ReportJob._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(OpenAnswerReview)
class OpenAnswerReviewAdmin(VisibleToAdmin):
    """The published text only; the original answer stays out of this list."""

    list_display = ["id", "state", "redacted_text", "reviewed_at"]
    list_filter = ["state"]
    fields = ["redacted_text", "state", "reviewed_by", "reviewed_at"]
    readonly_fields = ["redacted_text", "reviewed_by", "reviewed_at", "state"]

    def has_add_permission(self, request):
        return False


def render_fact_sheets(modeladmin, request, queryset):
    with transaction.atomic():
        for dialogue in queryset:
            defer("reports.tasks.render_fact_sheet_task", dialogue.pk, dialogue.default_language)
    messages.success(request, _("The fact sheets are being rendered by a worker."))


render_fact_sheets.short_description = _("Render the one-page fact sheet (PDF)")


def build_dissemination_kits(modeladmin, request, queryset):
    for dialogue in queryset:
        try:
            kits = launch_kits(dialogue, by=request.user)
        except KitError as error:
            messages.error(request, f"{dialogue}: {error.message}")
            continue
        messages.success(request, _("%(dialogue)s: %(count)s dissemination kits are queued for the workers.")
                         % {"dialogue": dialogue, "count": len(kits)})


build_dissemination_kits.short_description = _("Build the dissemination kits (every area and language)")


# The fact-sheet action belongs to reports but acts on dialogues: offered on their list
# through dialogues' extension point (dialogues' admin imports no app above it).
add_dialogue_action(render_fact_sheets)
add_dialogue_action(build_dissemination_kits)


@admin.register(Release)
class ReleaseAdmin(RecordAdmin):
    """Read-only: releases are made from the reports page or automatically."""

    list_display = ["dialogue", "number", "kind", "released_at", "tables"]
    list_filter = ["kind", "dialogue"]
    readonly_fields = ["dialogue", "number", "kind", "released_at", "released_by", "tables"]
    exclude = ["submissions"]


@admin.register(ScheduledRelease)
class ScheduledReleaseAdmin(RecordAdmin):
    """Read-only: releases are booked and cancelled from the reports page."""

    list_display = ["dialogue", "due_at", "booked_at", "cancelled_at", "ran_at", "release"]
    list_filter = ["dialogue"]
    readonly_fields = ["dialogue", "due_at", "booked_by", "booked_at", "cancelled_at", "cancelled_by", "ran_at", "release"]

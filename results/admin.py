"""Organiser console for table results: read-only, since results change only through
the entry form, the API and the review (which keep history and audit entries)."""

from django.contrib import admin

from wetheinternet.core.admin_base import ReadOnlyInline, VisibleToAdmin

from .models import OpenAnswer, OptionCount, ResultSubmission


class OptionCountInline(ReadOnlyInline):
    model = OptionCount
    fields = ["question", "option", "count"]
    readonly_fields = fields


class OpenAnswerInline(ReadOnlyInline):
    model = OpenAnswer
    fields = ["question", "text", "rank"]
    readonly_fields = fields


@admin.register(ResultSubmission)
class ResultSubmissionAdmin(VisibleToAdmin):
    list_display = ["table", "topic", "state", "entry_mode", "people_present", "submitted_at", "superseded_at"]
    list_filter = ["state", "entry_mode", "topic__dialogue", "table__site__country"]
    list_select_related = ["table__site", "topic"]
    search_fields = ["client_id"]
    readonly_fields = [field.name for field in ResultSubmission._meta.fields]
    inlines = [OptionCountInline, OpenAnswerInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

"""Organiser console for table results: read-only, since results change only through
the entry form, the API and the review (which keep history and audit entries)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.admin_base import ReadOnlyInline, VisibleToAdmin

from .domain import storage
from .models import OpenAnswer, ResultSubmission


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
    # The JSON columns carry record keys, which are never shown: the counts are shown
    # without them (the ballots not at all: the counts sum them up).
    readonly_fields = [
        field.name for field in ResultSubmission._meta.fields if field.name not in {"counts", "ballots", "record_key"}
    ] + ["counts_per_option"]
    inlines = [OpenAnswerInline]

    @admin.display(description=_("counts per option"))
    def counts_per_option(self, obj):
        return "; ".join(
            f"{question} → {option if option is not None else '–'}: {count}"
            for question, option, count in storage.count_rows(obj)
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

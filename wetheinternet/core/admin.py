from django.contrib import admin
from django.contrib.contenttypes.models import ContentType

from .admin_base import RecordAdmin
from .models import AuditEntry, DeferredTask, StoredFile

# Entries about these are confidential: the conduct pages show them to the Response Lead
# and the case's handlers (``conduct.view_audit_log``), never the console.
CONFIDENTIAL_TARGETS = [("conduct", "incident")]


@admin.register(AuditEntry)
class AuditEntryAdmin(RecordAdmin):
    """The audit log, read-only, without the entries of confidential conduct cases."""

    list_display = ["created_at", "action", "actor", "target_type", "target_id"]
    list_filter = ["action", "target_type"]
    search_fields = ["action", "target_id"]
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        confidential = [ContentType.objects.get_by_natural_key(*key).pk for key in CONFIDENTIAL_TARGETS]
        return super().get_queryset(request).exclude(target_type__in=confidential).select_related("actor", "target_type")


@admin.register(StoredFile)
class StoredFileAdmin(RecordAdmin):
    """What files exist, never their content: the pages that serve a file check who may
    read it (an export holds a person's data, an agreement a partner's)."""

    list_display = ["filename", "content_type", "created_at", "expires_at"]
    search_fields = ["filename"]
    fields = ["filename", "content_type", "created_at", "expires_at"]
    readonly_fields = fields


@admin.register(DeferredTask)
class DeferredTaskAdmin(RecordAdmin):
    """Read only: what was queued after a commit, whether the broker took it and a worker
    ran it (a failed row names its last error)."""

    list_display = ["created_at", "task_name", "attempts", "handed_over_at", "taken_at", "done_at", "failed_at"]
    list_filter = ["task_name", ("failed_at", admin.EmptyFieldListFilter), ("done_at", admin.EmptyFieldListFilter)]
    date_hierarchy = "created_at"

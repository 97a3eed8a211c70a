from django.contrib import admin

from .models import AuditEntry, DeferredTask, StoredFile


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "actor", "target_type", "target_id"]
    list_filter = ["action", "target_type"]
    search_fields = ["action", "target_id"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(StoredFile)
class StoredFileAdmin(admin.ModelAdmin):
    list_display = ["filename", "content_type", "created_at", "expires_at"]
    search_fields = ["filename"]


@admin.register(DeferredTask)
class DeferredTaskAdmin(admin.ModelAdmin):
    """Read only: what was queued after a commit, whether the broker took it and a worker
    ran it (a failed row names its last error)."""

    list_display = ["created_at", "task_name", "attempts", "handed_over_at", "taken_at", "done_at", "failed_at"]
    list_filter = ["task_name", ("failed_at", admin.EmptyFieldListFilter), ("done_at", admin.EmptyFieldListFilter)]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

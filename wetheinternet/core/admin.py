from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from .admin_base import RecordAdmin
from .models import AuditEntry, DeferredTask, Message, StoredFile

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


class DialogueFilter(admin.SimpleListFilter):
    """Messages by dialogue (an opaque id here: core does not know the dialogues app)."""

    title = _("dialogue")
    parameter_name = "dialogue"

    def lookups(self, request, model_admin):
        ids = Message.objects.exclude(dialogue_id=None).values_list("dialogue_id", flat=True).distinct()
        return [(str(pk), str(pk)) for pk in sorted(ids)]

    def queryset(self, request, queryset):
        value = self.value()
        return queryset.filter(dialogue_id=value) if value and value.isdigit() else queryset


@admin.register(Message)
class MessageAdmin(RecordAdmin):
    """The message log, read-only: what was sent to whom (the recipient masked), what
    for, how it went. Never the content (removed once sent) nor the full address."""

    list_display = ["created_at", "purpose", "channel", "recipient_shown", "language", "state", "attempts",
                    "last_error", "finished_at"]
    list_filter = ["state", "purpose", "channel", DialogueFilter, "language"]
    search_fields = ["purpose", "template"]
    date_hierarchy = "created_at"
    fields = ["created_at", "purpose", "template", "channel", "recipient_shown", "language", "dialogue_id",
              "batch", "state", "attempts", "last_error", "next_attempt_at", "finished_at"]
    readonly_fields = fields

    @admin.display(description=_("recipient"))
    def recipient_shown(self, message):
        return message.masked_recipient

"""Base classes for the organiser console."""

from django.contrib import admin


class ReadOnlyInline(admin.TabularInline):
    """Rows shown in the console for reference only: they change through the pages (or
    the API) whose domain functions keep the rules and write the audit entries."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class LabelledInlineMixin:
    """A table of inline rows labels each input by its column heading only visually;
    screen readers need a label on the input itself (WCAG 1.3.1, axe ``label``)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None:
            field.widget.attrs.setdefault("aria-label", str(field.label))
        return field


class RecordAdmin(admin.ModelAdmin):
    """A record the platform writes itself (audit entries, acceptances, deferred tasks,
    authenticators): listed and read in the console, never added, changed or deleted
    there."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class VisibleToAdmin(admin.ModelAdmin):
    """A model holding a partner's data, in the console: its rows come through the same
    ``visible_to(user)`` as the pages and the API (organiser staff see every row)."""

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

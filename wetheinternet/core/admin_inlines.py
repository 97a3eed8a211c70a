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

"""Accounts in the organiser console. Nothing here changes access by editing a field:
staff status, organisation roles, two-factor devices and API keys change through the
domain functions (admin actions), which write their audit entries. Secrets (TOTP keys,
recovery codes, API keys) are never displayed."""

from allauth.mfa.models import Authenticator
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from rest_framework.authtoken.models import TokenProxy

from wetheinternet.core.admin_base import RecordAdmin

from .domain.roles import grant_role, revoke_role
from .domain.staff import grant_organiser_staff, revoke_organiser_staff
from .domain.two_factor import reset_two_factor, revoke_api_keys
from .enums import OrganisationRole
from .models import RoleAssignment, User

admin.site.unregister(Authenticator)
admin.site.unregister(TokenProxy)


class RoleAssignmentInline(admin.TabularInline):
    model = RoleAssignment
    fk_name = "user"
    extra = 0
    can_delete = False
    fields = ["role", "granted_at", "granted_by"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


def _user_action(function, description):
    """An admin action applying ``function(user, by=...)`` to each selected account;
    only for staff who may manage roles."""

    def action(modeladmin, request, queryset):
        if not request.user.has_perm("accounts.manage_roles"):
            raise PermissionDenied
        for user in queryset:
            function(user, by=request.user)
        count = queryset.count()
        modeladmin.message_user(
            request, ngettext("%(count)d account updated.", "%(count)d accounts updated.", count) % {"count": count}
        )

    action.__name__ = f"{function.__name__}_action"
    return admin.action(description=description)(action)


def _role_actions():
    actions = []
    for role in OrganisationRole:
        def give(user, *, by, role=role):
            return grant_role(user, role, by=by)

        def take(user, *, by, role=role):
            return revoke_role(user, role, by=by)

        give.__name__, take.__name__ = f"give_{role.value}", f"take_{role.value}"
        actions.append(_user_action(
            give, format_lazy(_("Give the role: {role}"), role=role.label)))
        actions.append(_user_action(
            take, format_lazy(_("Take the role away: {role}"), role=role.label)))
    return actions


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_staff", "is_active", "last_login"]
    list_filter = ["is_staff", "is_active", "preferred_language", "role_assignments__role"]
    search_fields = ["email", "full_name"]
    inlines = [RoleAssignmentInline]
    fieldsets = [
        (None, {"fields": ["email"]}),
        (_("Person"), {"fields": ["full_name", "preferred_language"]}),
        (_("Access"), {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    readonly_fields = ["is_active", "is_staff", "is_superuser", "groups", "last_login", "date_joined"]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})]
    actions = [
        _user_action(grant_organiser_staff, _("Make organiser staff")),
        _user_action(revoke_organiser_staff, _("Take organiser staff status away")),
        _user_action(reset_two_factor, _("Reset two-factor authentication (lost device)")),
        _user_action(revoke_api_keys, _("Revoke API keys")),
        *_role_actions(),
    ]


@admin.register(Authenticator)
class AuthenticatorAdmin(RecordAdmin):
    """Which accounts have an authenticator app, never its secret or codes."""

    list_display = ["user", "type", "created_at", "last_used_at"]
    list_filter = ["type"]
    fields = ["user", "type", "created_at", "last_used_at"]
    readonly_fields = fields

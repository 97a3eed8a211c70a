"""Organiser staff: the flag that opens the console and the permission group that says
what they may change there."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wetheinternet.core.audit import log_action

from ..staff_permissions import ORGANISER_STAFF_GROUP, permissions_filter


def organiser_staff_group():
    """The "Organiser staff" group (made by a migration), made again with its
    permissions if it was deleted."""
    group, created = Group.objects.get_or_create(name=ORGANISER_STAFF_GROUP)
    if created:
        group.permissions.set(Permission.objects.filter(permissions_filter()))
    return group


def grant_organiser_staff(user, *, by):
    """Make ``user`` organiser staff: the console, every partner's progress, and the
    "Organiser staff" permission group (created by a migration). Side effects: the user
    row and its groups, one audit entry. Staff must set up two-factor authentication at
    their next sign-in."""
    with transaction.atomic():
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        user.groups.add(organiser_staff_group())
        log_action("accounts.staff.granted", actor=by, target=user)
    return user


def revoke_organiser_staff(user, *, by):
    """Take organiser staff status and its permission group away. Side effects: the user
    row and its groups, one audit entry."""
    with transaction.atomic():
        user.is_staff = False
        user.save(update_fields=["is_staff"])
        user.groups.remove(*Group.objects.filter(name=ORGANISER_STAFF_GROUP))
        log_action("accounts.staff.revoked", actor=by, target=user)
    return user

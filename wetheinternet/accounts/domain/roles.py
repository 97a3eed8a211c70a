from django.db import transaction

from wetheinternet.core.audit import log_action

from ..models import RoleAssignment


def grant_role(user, role, *, by):
    """Give ``user`` an organisation-wide role. Side effects: one row, one audit entry."""
    with transaction.atomic():
        assignment, created = RoleAssignment.objects.get_or_create(
            user=user, role=role, defaults={"granted_by": by}
        )
        if created:
            log_action("accounts.role.granted", actor=by, target=user, data={"role": role})
    user.__dict__.pop("organisation_roles", None)
    return assignment


def revoke_role(user, role, *, by):
    """Take an organisation-wide role away. Side effects: deletes the row, one audit entry."""
    with transaction.atomic():
        deleted, _ = RoleAssignment.objects.filter(user=user, role=role).delete()
        if deleted:
            log_action("accounts.role.revoked", actor=by, target=user, data={"role": role})
    user.__dict__.pop("organisation_roles", None)

"""Predicates about organisation-wide roles. Scoped roles (partner, site, table) are
in ``dialogues/rules.py``; conduct case rules in ``conduct/rules.py``."""

import rules

from .enums import OrganisationRole


@rules.predicate
def is_organiser_staff(user):
    return bool(user and user.is_authenticated and user.is_active and user.is_staff)


@rules.predicate
def is_superuser(user):
    """A superuser gets every admin model permission (Django's ModelBackend), never a
    named rule: confidential data stays with the roles that may read it."""
    return bool(user and user.is_authenticated and user.is_active and user.is_superuser)


def _has_role(role):
    @rules.predicate(name=f"has_role_{role}")
    def predicate(user):
        return bool(user and user.is_authenticated and role in user.organisation_roles)

    return predicate


is_data_protection_officer = _has_role(OrganisationRole.DATA_PROTECTION)
is_response_lead = _has_role(OrganisationRole.RESPONSE_LEAD)
is_conduct_handler = _has_role(OrganisationRole.CONDUCT_HANDLER)
is_conduct_team = is_response_lead | is_conduct_handler
is_analyst = _has_role(OrganisationRole.ANALYST)
is_translator = _has_role(OrganisationRole.TRANSLATOR)

# Roles that see sensitive data must protect their accounts with a second factor.
requires_mfa = is_organiser_staff | is_superuser | is_conduct_team | is_data_protection_officer

rules.add_perm("accounts.use_admin_console", is_organiser_staff)
rules.add_perm("accounts.manage_roles", is_organiser_staff)

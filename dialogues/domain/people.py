"""Inviting people into a partner's work: members, conduct contacts, facilitators and
note takers all get an account through ``accounts.domain.invitations.invite_user``."""

from django.db import transaction
from django.utils.translation import gettext as _

from wetheinternet.accounts.domain.invitations import invite_user
from wetheinternet.accounts.models import User
from wetheinternet.core.audit import log_action

from ..models import PartnerMembership
from .errors import OnboardingError


def normalise_email(email):
    return User.objects.normalize_email(email or "").strip().lower()


def email_used_by_a_partner(email, dialogue, *, except_partner=None):
    """True if ``email`` belongs to a member of a partner of ``dialogue`` (other than
    ``except_partner``)."""
    members = PartnerMembership.objects.filter(user__email=normalise_email(email), partner__dialogue=dialogue)
    if except_partner is not None:
        members = members.exclude(partner=except_partner)
    return members.exists()


def invite_partner_member(partner, *, email, role, by, full_name="", language="en"):
    """Invite ``email`` to ``partner`` with ``role`` (coordinator or staff).

    Refuses an address that is already a member of this partner or of another partner of
    the same dialogue. Side effects: creates or reuses the account (invitation e-mail),
    a membership row, audit entry ``dialogues.partner.member_invited``."""
    email = normalise_email(email)
    if partner.memberships.filter(user__email=email).exists():
        raise OnboardingError(_("%(email)s is already a member of %(partner)s.") % {"email": email, "partner": partner},
                              field="email")
    if email_used_by_a_partner(email, partner.dialogue, except_partner=partner):
        raise OnboardingError(
            _("%(email)s is already in use by another partner organisation of this dialogue.") % {"email": email},
            field="email",
        )
    with transaction.atomic():
        user = invite_user(
            email, by=by, full_name=full_name, language=language,
            context_line=_("%(partner)s invites you to prepare the dialogue with them.") % {"partner": partner.name},
        )
        membership = PartnerMembership.objects.create(partner=partner, user=user, role=role)
        log_action("dialogues.partner.member_invited", actor=by, target=partner, data={"user": user.pk, "role": role})
    return membership


def invite_helper(email, *, by, context_line, language="en"):
    """Invite (or find) the person behind ``email`` for a site or table role."""
    email = normalise_email(email)
    if not email:
        return None
    return invite_user(email, by=by, language=language, context_line=context_line)

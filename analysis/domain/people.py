"""Inviting the people of the analysis: analysts and translators (organisation roles,
``accounts``), and decision makers of a dialogue."""

from django.db import transaction
from django.utils.translation import gettext as _

from wetheinternet.accounts.domain.invitations import invite_user
from wetheinternet.accounts.domain.roles import grant_role
from wetheinternet.accounts.enums import OrganisationRole
from wetheinternet.core.audit import log_action

from ..models import DecisionMaker
from .errors import AnalysisError

INVITED_ROLES = (OrganisationRole.ANALYST, OrganisationRole.TRANSLATOR)


def invite_analyst(email, *, role, full_name, language, by):
    """Invite ``email`` as an analyst or a translator of open answers. Side effects: the
    account and its invitation (``accounts.domain.invitations.invite_user``: audit entry,
    e-mail queued), the role (audit entry ``accounts.role.granted``)."""
    if role not in INVITED_ROLES:
        raise AnalysisError(_("Choose the analyst or the translator role."), field="role")
    with transaction.atomic():
        user = invite_user(email, by=by, full_name=full_name, language=language,
                           context_line=OrganisationRole(role).label)
        grant_role(user, role, by=by)
    return user


def invite_decision_maker(dialogue, *, email, name, institution, country, language, by):
    """Invite ``email`` to respond to the recommendations of ``dialogue`` for
    ``institution`` in ``country`` ("" for the world). Side effects: the account and its
    invitation (audit entry, e-mail queued), the decision maker, an audit entry
    ``analysis.decision_maker.invited``."""
    if not name.strip() or not institution.strip():
        raise AnalysisError(_("Give the name and the institution."), field="institution")
    with transaction.atomic():
        user = invite_user(email, by=by, full_name=name, language=language, context_line=dialogue.name)
        if DecisionMaker.objects.filter(user=user, dialogue=dialogue).exists():
            raise AnalysisError(_("This person is already a decision maker of this dialogue."), field="email")
        maker = DecisionMaker.objects.create(user=user, dialogue=dialogue, name=name.strip(),
                                             institution=institution.strip(), country=country or "")
        log_action("analysis.decision_maker.invited", actor=by, target=maker, data={"dialogue": dialogue.pk})
    return maker

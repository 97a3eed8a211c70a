from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from dialogues.domain.onboarding import record_conduct_accepted
from wetheinternet.core.audit import log_action

from ..enums import AcceptanceMethod, VersionState
from ..models import Acceptance, GuidelinesPresentation
from .errors import ConductError
from .queries import current_published_version


def record_acceptance(*, version, dialogue, method, user=None, participant_id=None, by=None):
    """Record that a user (``user``) or a participant without an account
    (``participant_id``: see ``conduct.domain.participants``) accepted ``version`` for ``dialogue`` (None: platform-wide), by
    ``method`` (a ``conduct.enums.AcceptanceMethod``). Accepting twice returns the
    first record.

    Side effects: one Acceptance row, audit entry ``conduct.acceptance.recorded``."""
    if (user is None) == (participant_id is None):
        raise ConductError(_("An acceptance is given by one person: an account or a participant."))
    if version.state != VersionState.PUBLISHED:
        raise ConductError(_("Only the published version of the code can be accepted."))
    if method not in AcceptanceMethod.values:
        raise ConductError(_("Unknown way of accepting the code."))
    lookup = {"version": version, "dialogue": dialogue, "user": user, "participant_id": participant_id}
    existing = Acceptance.objects.filter(**lookup).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            acceptance = Acceptance.objects.create(**lookup, method=method, recorded_by=by)
            log_action(
                "conduct.acceptance.recorded",
                actor=by,
                target=acceptance,
                data={"version": version.pk, "dialogue": getattr(dialogue, "pk", None), "method": method},
            )
    except IntegrityError:  # accepted at the same moment in another request
        return Acceptance.objects.get(**lookup)
    return acceptance


def accept_code_for_partner(partner, *, by):
    """``by`` accepts the code of conduct on behalf of ``partner`` (a step of its
    onboarding checklist). When a version is published, the acceptance is recorded for
    the signing person; otherwise the checklist notes the short text shown instead.

    Side effects: an Acceptance row and audit entry ``conduct.acceptance.recorded`` (when a
    version is published), the checklist step (audit entry
    ``dialogues.partner.conduct_accepted``, state refresh)."""
    with transaction.atomic():
        version = current_published_version(partner.dialogue)
        if version is not None:
            record_acceptance(version=version, dialogue=partner.dialogue, method=AcceptanceMethod.ONLINE, user=by, by=by)
        return record_conduct_accepted(partner, by=by, version_id=getattr(version, "pk", None))


def record_presentation(site, *, version, people_present=None, by):
    """The site's conduct contact presented ``version`` of the guidelines at ``site``.

    Side effects: one GuidelinesPresentation row, audit entry ``conduct.presentation.recorded``."""
    with transaction.atomic():
        presentation = GuidelinesPresentation.objects.create(
            site=site, version=version, people_present=people_present, recorded_by=by
        )
        log_action("conduct.presentation.recorded", actor=by, target=site, data={"version": version.pk})
    return presentation

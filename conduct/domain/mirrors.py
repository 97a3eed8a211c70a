"""The code of conduct in a self-service mirror dialogue (``dialogues.domain.mirrors``)."""

from ..enums import VersionState
from ..models import Acceptance, CodeOfConduct, GuidelinesPresentation, Incident
from .acceptance import accept_code_for_partner
from .versions import publish_version


def accept_code_at_mirror_signup(mirror, *, by):
    """A sign-up step of ``dialogues.domain.mirrors``: the organiser of a new mirror
    dialogue accepted, on the sign-up form, the code of conduct the toolkit shows. When
    the toolkit has its own code, the mirror's copy of it (a draft, see
    ``copy_code_of_conduct``) is published as it stands, since its wording is what the
    organiser accepted; otherwise the platform-wide code is in force. The acceptance is
    then recorded for the organiser and their group (``accept_code_for_partner``).

    Side effects: the copy published (audit ``conduct.version.published``), an
    Acceptance row, the partner's checklist step and their audit entries."""
    code = CodeOfConduct.objects.filter(dialogue=mirror.dialogue).first()
    if code is not None and not code.versions.filter(state=VersionState.PUBLISHED).exists():
        draft = code.versions.filter(state=VersionState.DRAFT).order_by("-number").first()
        if draft is not None:
            publish_version(draft, by=by)
    for partner in mirror.dialogue.partners.all():
        accept_code_for_partner(partner, by=by)


def has_conduct_activity(dialogue):
    """Whether an incident was reported in ``dialogue`` (an activity check of
    ``dialogues.domain.mirrors``: such a mirror is never deleted whole)."""
    return (
        Incident.objects.filter(dialogue=dialogue).exists()
        or Incident.objects.filter(site__partner__dialogue=dialogue).exists()
    )


def forget_mirror_acceptances(dialogue):
    """A purge step of an idle mirror dialogue deleted whole: the acceptances and
    presentations of its own code go with it (they reference its versions)."""
    Acceptance.objects.filter(version__code__dialogue=dialogue).delete()
    GuidelinesPresentation.objects.filter(version__code__dialogue=dialogue).delete()

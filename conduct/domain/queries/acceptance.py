from ...enums import VersionState
from ...models import Acceptance, CodeVersion


def current_published_version(dialogue=None):
    """The version in force: the published version of the dialogue's own code if it
    has one, else of the platform-wide code (the code without a dialogue). None when
    nothing is published."""
    versions = CodeVersion.objects.filter(state=VersionState.PUBLISHED).select_related("code")
    if dialogue is not None:
        own = versions.filter(code__dialogue=dialogue).first()
        if own is not None:
            return own
    return versions.filter(code__dialogue__isnull=True).order_by("code__slug").first()


def needs_acceptance(user, dialogue=None):
    """Whether ``user`` must accept the version in force (for ``dialogue``, or the
    platform-wide one) before going on: true when a version is published that they
    have not accepted yet, in any dialogue."""
    if user is None or not user.is_authenticated:
        return False
    version = current_published_version(dialogue)
    if version is None:
        return False
    return not Acceptance.objects.filter(version=version, user=user).exists()



def participant_acceptances(participant_id):
    """The acceptances a participant gave (see ``conduct.domain.participants``), oldest
    first, with their version, code and recorder (for the person's own data page)."""
    return Acceptance.objects.filter(participant_id=participant_id).select_related(
        "version__code", "recorded_by"
    ).order_by("accepted_at")

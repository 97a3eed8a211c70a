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


def participant_needs_acceptance(registrant_ids, dialogue):
    """Of ``registrant_ids``, the ids that have not accepted the version in force for
    ``dialogue`` (to ask them at check-in)."""
    version = current_published_version(dialogue)
    ids = set(registrant_ids)
    if version is None or not ids:
        return set()
    accepted = set(
        Acceptance.objects.filter(version=version, registrant_id__in=ids).values_list("registrant_id", flat=True)
    )
    return ids - accepted

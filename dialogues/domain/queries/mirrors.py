"""Reading the state of mirror dialogues."""

from django.db.models import Q

from ...enums import DialogueKind, MirrorState
from ...models import MirrorDialogue


def mirror_of(dialogue):
    """The MirrorDialogue row of ``dialogue``, or None (not a mirror dialogue)."""
    if dialogue.kind != DialogueKind.MIRROR:
        return None
    return MirrorDialogue.objects.unscoped("the state of one dialogue").filter(dialogue=dialogue).first()


def results_are_public(dialogue):
    """Whether ``dialogue``'s released results may be shown to the public: always for
    the organisers' own dialogues; for a mirror dialogue only once staff approved them
    (and while it is not suspended). A dialogue of kind "mirror" that staff made
    themselves (no self-service sign-up) is theirs to publish, as any other."""
    if dialogue.kind != DialogueKind.MIRROR:
        return True
    mirror = mirror_of(dialogue)
    return mirror is None or (mirror.results_approved and not mirror.is_suspended)


def suspended_mirrors_of(user):
    """The suspended mirror dialogues ``user`` works in (partner member, conduct
    contact, facilitator or note taker): what a page refused to them should explain."""
    if not user.is_authenticated:
        return MirrorDialogue.objects.none()
    people = (
        Q(dialogue__partners__memberships__user=user)
        | Q(dialogue__partners__sites__conduct_contact=user)
        | Q(dialogue__partners__sites__tables__note_taker=user)
        | Q(dialogue__partners__sites__tables__facilitator=user)
    )
    mirrors = MirrorDialogue.objects.unscoped("the user's own suspended dialogues").filter(people)
    return mirrors.filter(state=MirrorState.SUSPENDED).distinct().order_by("organisation")

"""The dialogue whose results the public pages and the public API show."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from dialogues.domain.queries.mirrors import results_are_public
from dialogues.enums import DialogueStatus
from dialogues.models import Dialogue


def public_dialogue(slug):
    """The dialogue of ``slug`` if the public may see its results: not a draft, and a
    self-service mirror dialogue only once staff approved its results for publication
    (``results_are_public``). Http404 otherwise."""
    dialogue = get_object_or_404(Dialogue.objects.exclude(status=DialogueStatus.DRAFT), slug=slug)
    if not results_are_public(dialogue):
        raise Http404
    return dialogue

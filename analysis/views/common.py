from django.shortcuts import get_object_or_404

from dialogues.models import Dialogue


def dialogue_from_url(request, slug, **kwargs):
    return get_object_or_404(Dialogue, slug=slug)

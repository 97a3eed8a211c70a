"""The comparison page: a dialogue's published figures beside its main dialogue's."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from dialogues.models import Dialogue

from ..domain.comparisons import dialogue_comparison


def comparison(request, slug):
    """Public once the dialogue's results are released (``reports.view_comparison``);
    before that, or for a dialogue compared with none, outsiders get a 404 (its
    organisers and staff see it, with only released figures on either side)."""
    dialogue = get_object_or_404(Dialogue.objects.select_related("compared_with"), slug=slug)
    if not request.user.has_perm("reports.view_comparison", dialogue):
        raise Http404
    result = dialogue_comparison(dialogue)
    if result is None:
        raise Http404
    return render(request, "reports/comparison.html", {"dialogue": dialogue, "comparison": result})

"""The analysts' and translators' home: the dialogues to analyse."""

from django.shortcuts import render

from dialogues.models import Dialogue
from wetheinternet.core.permissions import permission_required


@permission_required("analysis.view_analysis_home")
def home(request):
    dialogues = Dialogue.objects.exclude(status="draft").order_by("-deliberation_date")
    return render(request, "analysis/home.html", {"dialogues": dialogues})

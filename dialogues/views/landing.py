"""The public front page of the platform."""

from django.shortcuts import render

from ..enums import DialogueStatus
from ..models import Dialogue

REGISTRATION_STATUSES = {
    DialogueStatus.PARTNERS_ONBOARDING, DialogueStatus.REGISTRATION_OPEN, DialogueStatus.DELIBERATION,
}


def landing(request):
    """Each public dialogue with its ways in (registration per country while registration
    is open, live results, reports), and the code of conduct. Self-service mirror
    dialogues are their organisers' own: they are not listed on the platform's front page."""
    dialogues = list(
        Dialogue.objects.exclude(status=DialogueStatus.DRAFT)
        .filter(mirror__isnull=True)
        .prefetch_related("partners")
        .order_by("-deliberation_date")[:10]
    )
    for dialogue in dialogues:
        dialogue.registration_countries = (
            sorted({country for partner in dialogue.partners.all() for country in partner.countries}, key=str)
            if dialogue.status in REGISTRATION_STATUSES
            else []
        )
    return render(request, "dialogues/landing.html", {"dialogues": dialogues})

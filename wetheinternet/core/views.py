"""Project-wide pages: the public landing page and the role-based home dispatcher."""

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from dialogues.enums import DialogueStatus
from dialogues.models import Dialogue


@dataclass(frozen=True)
class HomePage:
    permission: str
    url_name: str
    title: Promise
    description: Promise


# The home page of each role, in order of precedence. A user with one role lands
# directly on its home; a user with several chooses.
HOME_PAGES = [
    HomePage("dialogues.view_staff_home", "dialogues:staff_home", _("Organiser console"),
             _("Every partner, site and country of the dialogue.")),
    HomePage("conduct.view_queue", "conduct:queue", _("Conduct reports"),
             _("Triage and decide on incident reports.")),
    HomePage("dialogues.view_partner_home", "dialogues:partner_home", _("Partner dashboard"),
             _("Onboarding, sites, tables and registrations of your organisation.")),
    HomePage("conduct.view_contact_home", "conduct:contact_home", _("Conduct contact"),
             _("The code of conduct at your sites and their first-line reports.")),
    HomePage("results.view_facilitator_home", "results:facilitator_home", _("My tables as facilitator"),
             _("Your tables, their agenda and results to confirm.")),
    HomePage("results.view_note_taker_home", "results:note_taker_home", _("Result entry"),
             _("Enter the results of your tables for each session.")),
]


REGISTRATION_STATUSES = {
    DialogueStatus.PARTNERS_ONBOARDING, DialogueStatus.REGISTRATION_OPEN, DialogueStatus.DELIBERATION,
}


def landing(request):
    """The public front page: each public dialogue with its ways in (registration per
    country while registration is open, live results, reports), and the code of conduct."""
    dialogues = list(
        Dialogue.objects.exclude(status=DialogueStatus.DRAFT)
        .prefetch_related("partners")
        .order_by("-deliberation_date")[:10]
    )
    for dialogue in dialogues:
        dialogue.registration_countries = (
            sorted({country for partner in dialogue.partners.all() for country in partner.countries}, key=str)
            if dialogue.status in REGISTRATION_STATUSES
            else []
        )
    return render(request, "core/landing.html", {"dialogues": dialogues})


@login_required
def home(request):
    pages = [page for page in HOME_PAGES if request.user.has_perm(page.permission)]
    if len(pages) == 1:
        return redirect(pages[0].url_name)
    return render(request, "core/home.html", {"pages": pages})

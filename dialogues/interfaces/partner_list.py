"""How the staff's list of partners is searched, filtered, sorted and exported
(``wetheinternet/core/lists.py``)."""

from django.utils.translation import gettext_lazy as _

from wetheinternet.core.lists import Filter, ListSpec, Sort

from ..enums import OnboardingState

PARTNERS_KEY = "staff-partners"


def partner_list_spec(dialogues):
    """Search by name or country code; filter by dialogue and onboarding state."""
    return ListSpec(
        sorts={
            "onboarding": Sort(_("Onboarding"), ("dialogue", "state", "name")),
            "name": Sort(_("Partner"), ("name", "id")),
            "sites": Sort(_("Sites"), ("fact_site_count", "name")),
        },
        default_sort="onboarding",
        filters={
            "dialogue": Filter(_("Dialogue"), "dialogue_id", tuple(dialogues.values_list("pk", "name"))),
            "state": Filter(_("Onboarding"), "state", tuple(OnboardingState.choices)),
        },
        per_page=50,
    )

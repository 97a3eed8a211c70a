"""How the partner's registrant list and panel draws are searched, filtered, sorted and
exported (``wetheinternet/core/lists.py``)."""

from django.utils.translation import gettext_lazy as _

from wetheinternet.core.lists import Filter, ListSpec, Sort

from ..enums import ConsentMethod, JobState, RegistrantStatus, RunKind

LIST_KEY = "registrants"


def registrant_list_spec(partner, *, personal):
    """Search by names and reference code for those who may see names, by reference code
    only for the others (searching names would tell them who registered)."""
    sorts = {
        "newest": Sort(_("Registered"), ("-created_at", "-id")),
        "reference": Sort(_("Reference"), ("reference_code",)),
        "site": Sort(_("Site"), ("site__name", "reference_code")),
        "status": Sort(_("Status"), ("status", "reference_code")),
    }
    if personal:
        sorts["name"] = Sort(_("Name"), ("last_name", "first_name", "id"))
    statuses = tuple((value, label) for value, label in RegistrantStatus.choices if value != RegistrantStatus.ERASED)
    filters = {
        "status": Filter(_("Status"), "status", statuses),
        "site": Filter(_("Site"), "site_id", tuple(partner.sites.order_by("name").values_list("pk", "name"))),
        "method": Filter(_("How"), "method", tuple(ConsentMethod.choices)),
    }
    return ListSpec(
        sorts=sorts, default_sort="newest", filters=filters,
        search_field="search_text" if personal else "reference_code",
    )


PANEL_RUNS_KEY = "panel-runs"


def panel_run_list_spec():
    """Draws hold no names: filters and sorting only."""
    return ListSpec(
        sorts={
            "newest": Sort(_("Requested"), ("-created_at", "-id")),
            "country": Sort(_("Scope"), ("country", "site__name", "-created_at")),
            "state": Sort(_("State"), ("state", "-created_at")),
        },
        default_sort="newest",
        filters={
            "state": Filter(_("State"), "state", tuple(JobState.choices)),
            "kind": Filter(_("Kind"), "kind", tuple(RunKind.choices)),
        },
        search_field=None,
        per_page=25,
    )

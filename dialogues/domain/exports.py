"""Downloads of the staff's partner list (``export_partners``) and of sites
(``export_sites``)."""

from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import OnboardingState, SiteMode
from .queries.onboarding import checklist_items


def export_partners(partners, *, by, file_format):
    """The header and a row generator of ``partners`` (annotated by
    ``with_checklist_facts``): organisation, dialogue, countries, state, sites and what
    is left on the checklist; no person's data. Partners are few (hundreds), read in one
    query with their checklist facts.

    Side effects: audit entry ``dialogues.partners.exported`` (format)."""
    log_action("dialogues.partners.exported", actor=by, data={"format": file_format})
    header = [_("Partner"), _("Dialogue"), _("Countries"), _("Onboarding"), _("Sites"), _("Why not ready")]
    states = {value: str(label) for value, label in OnboardingState.choices}

    def rows():
        for partner in partners.select_related("dialogue").iterator(chunk_size=500):
            left = [str(item.label) for item in checklist_items(partner) if not item.done]
            yield [
                partner.name, partner.dialogue.name, " ".join(sorted(partner.country_codes)),
                states.get(partner.state, partner.state), partner.fact_site_count, "; ".join(left),
            ]

    return header, rows()


def export_sites(sites, *, by, file_format):
    """The header and a row generator of ``sites`` (annotated with ``table_count`` and
    ``staffed_count``): where, format, time zone, capacity, tables and whether a conduct
    contact is named; no person's data.

    Side effects: audit entry ``dialogues.sites.exported`` (format)."""
    log_action("dialogues.sites.exported", actor=by, data={"format": file_format})
    header = [_("Name"), _("Partner"), _("Country"), _("City"), _("Street address"), _("Format"), _("Time zone"),
              _("Capacity"), _("Tables"), _("Tables with both volunteers"), _("Conduct contact")]
    modes = {value: str(label) for value, label in SiteMode.choices}
    fields = ["name", "partner__name", "country", "city", "street_address", "mode", "time_zone", "capacity",
              "table_count", "staffed_count", "conduct_contact_id"]

    def rows():
        for site in sites.values(*fields).iterator(chunk_size=2000):
            yield [
                site["name"], site["partner__name"], str(site["country"]), site["city"], site["street_address"],
                modes.get(site["mode"], site["mode"]), site["time_zone"], site["capacity"], site["table_count"],
                site["staffed_count"], site["conduct_contact_id"] is not None,
            ]

    return header, rows()

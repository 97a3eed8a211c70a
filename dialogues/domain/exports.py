"""Downloads of the staff's partner list (``export_partners``)."""

from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import OnboardingState
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

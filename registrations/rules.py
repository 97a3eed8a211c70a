"""Who may see and do what with registrations.

Partners see only registrants of their countries; facilitators only their table's
first names; contact details only the partner (and the person, through their link);
organiser staff see counts and reference codes, and personal data only with the
data-protection role."""

import rules

from dialogues.models import Partner
from dialogues.rules import (
    dialogue_is_open,
    is_partner_dialogue_open,
    is_site_dialogue_open,
    is_table_dialogue_open,
)
from dialogues.rules import is_partner_member as is_member_of_partner
from dialogues.rules import is_site_conduct_contact as is_contact_of_site
from dialogues.rules import is_site_partner_member as is_member_at_site
from dialogues.rules import is_table_facilitator as is_facilitator_of_table
from dialogues.rules import is_table_partner_member as is_member_at_table
from wetheinternet.accounts.rules import is_data_protection_officer, is_organiser_staff, is_response_lead

# A suspended mirror dialogue (dialogues.rules.dialogue_is_open) gives its people nothing here either.
is_partner_member = is_member_of_partner & is_partner_dialogue_open
is_site_partner_member = is_member_at_site & is_site_dialogue_open
is_site_conduct_contact = is_contact_of_site & is_site_dialogue_open
is_table_facilitator = is_facilitator_of_table & is_table_dialogue_open
is_table_partner_member = is_member_at_table & is_table_dialogue_open


@rules.predicate
def is_registrant_partner_member(user, registrant):
    if registrant is None or not dialogue_is_open(registrant.dialogue):
        return False
    return Partner.objects.of_member(user).filter(dialogue_id=registrant.dialogue_id).cover_country(registrant.country)


@rules.predicate
def is_facilitator_at_site(user, site):
    return site is not None and user.is_authenticated and site.tables.filter(facilitator=user).exists()


# Partner-level pages (object: Partner)
rules.add_perm("registrations.view_partner_registrations", is_organiser_staff | is_partner_member)
rules.add_perm("registrations.view_personal_data", is_partner_member | is_data_protection_officer)
rules.add_perm("registrations.register_assisted", is_partner_member)
rules.add_perm("registrations.print_slips", is_partner_member)
rules.add_perm("registrations.import_registrants", is_partner_member)
rules.add_perm("registrations.select_panel", is_organiser_staff | is_partner_member)
rules.add_perm("registrations.override_selection_method", is_organiser_staff)

# One registrant (object: Registrant)
rules.add_perm("registrations.view_registrant", is_registrant_partner_member | is_data_protection_officer)
rules.add_perm("registrations.change_registrant", is_registrant_partner_member)

# Sites and tables
rules.add_perm("registrations.assign_tables", is_organiser_staff | is_site_partner_member)
rules.add_perm("registrations.swap_seats", is_site_partner_member | is_facilitator_at_site)
rules.add_perm(
    "registrations.view_site_tables", is_organiser_staff | is_site_partner_member | is_facilitator_at_site
)
rules.add_perm("registrations.check_in", is_site_partner_member | is_site_conduct_contact)
# Admitting someone a conduct decision bars: the site's conduct contact or the Response Lead.
rules.add_perm("registrations.override_admission", is_site_conduct_contact | is_response_lead)
rules.add_perm("registrations.view_table_first_names", is_table_facilitator | is_table_partner_member)

# Data-protection desk
rules.add_perm("registrations.view_rights_requests", is_data_protection_officer | is_organiser_staff)
rules.add_perm("registrations.fulfil_rights_request", is_data_protection_officer)


@rules.predicate
def is_run_partner_member(user, run):
    if run is None or not dialogue_is_open(run.dialogue):
        return False
    return Partner.objects.of_member(user).filter(dialogue_id=run.dialogue_id).cover_country(run.country)


rules.add_perm("registrations.view_panel_run", is_organiser_staff | is_run_partner_member)
rules.add_perm("registrations.notify_panel", is_run_partner_member)

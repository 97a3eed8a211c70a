"""Who may enter, see and review table results."""

import rules

from dialogues.rules import (
    is_any_facilitator,
    is_any_note_taker,
    is_not_limited_in,
    is_site_dialogue_open,
    is_site_partner_member,
    is_table_dialogue_open,
    is_table_facilitator,
    is_table_note_taker,
    is_table_partner_member,
)
from wetheinternet.accounts.rules import is_organiser_staff

is_table_person = (is_table_partner_member | is_table_facilitator | is_table_note_taker) & is_table_dialogue_open
# A suspended mirror dialogue (dialogues.rules.dialogue_is_open) closes its result entry and pages.
is_site_member = is_site_partner_member & is_site_dialogue_open

# Home pages
rules.add_perm("results.view_note_taker_home", is_any_note_taker)
rules.add_perm("results.view_facilitator_home", is_any_facilitator)

rules.add_perm(
    "results.enter_table_results", is_table_note_taker & is_table_dialogue_open & is_not_limited_in("enter_results")
)

rules.add_perm("results.view_table_results", is_organiser_staff | is_table_person)
rules.add_perm(
    "results.review_table_results",
    ((is_table_facilitator & is_not_limited_in("facilitate")) | is_table_partner_member) & is_table_dialogue_open,
)
rules.add_perm("results.attach_result_photo", is_table_person)
rules.add_perm("results.view_site_results", is_organiser_staff | is_site_member)
rules.add_perm("results.print_result_sheets", is_organiser_staff | is_site_member)
# A note taker prints the sheets of their own tables, never another table's.
rules.add_perm(
    "results.print_table_result_sheets",
    is_organiser_staff | ((is_table_partner_member | is_table_note_taker) & is_table_dialogue_open),
)
rules.add_perm("results.view_results_progress", is_organiser_staff)
rules.add_perm("results.view_country_progress", is_organiser_staff)

"""Who may enter, see and review table results (imported by ``dialogues.rules``)."""

import rules

from wetheinternet.accounts.rules import is_organiser_staff

from .rules import (
    is_not_limited_in,
    is_site_partner_member,
    is_table_facilitator,
    is_table_note_taker,
    is_table_partner_member,
)

is_table_person = is_table_partner_member | is_table_facilitator | is_table_note_taker

rules.add_perm("dialogues.view_table_results", is_organiser_staff | is_table_person)
rules.add_perm(
    "dialogues.review_table_results",
    (is_table_facilitator & is_not_limited_in("facilitate")) | is_table_partner_member,
)
rules.add_perm("dialogues.attach_result_photo", is_table_person)
rules.add_perm("dialogues.view_site_results", is_organiser_staff | is_site_partner_member)
rules.add_perm("dialogues.print_result_sheets", is_organiser_staff | is_site_partner_member)
# A note taker prints the sheets of their own tables, never another table's.
rules.add_perm(
    "dialogues.print_table_result_sheets", is_organiser_staff | is_table_partner_member | is_table_note_taker
)
rules.add_perm("dialogues.view_results_progress", is_organiser_staff)

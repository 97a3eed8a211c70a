"""Who may read and act on conduct cases, codes and consultations.

Confidentiality: a case is read by the Response Lead, its assigned handlers and, for
first-line reports of their own site, the site's conduct contact; never by anyone who
recused, the Response Lead included. Organiser staff without a conduct role see counts
only."""

import rules

from dialogues.rules import is_any_conduct_contact, is_site_conduct_contact
from wetheinternet.accounts.rules import is_conduct_team, is_organiser_staff, is_response_lead


@rules.predicate
def has_recused(user, incident):
    return incident is not None and incident.recusals.filter(handler=user).exists()


@rules.predicate
def is_assigned_handler(user, incident):
    return incident is not None and user.is_authenticated and incident.assignments.filter(handler=user).exists()


@rules.predicate
def is_first_line_contact(user, incident):
    return (
        incident is not None
        and incident.site_id is not None
        and incident.share_with_site_contact
        and user.is_authenticated
        and incident.site.conduct_contact_id == user.pk
    )


# Recusal binds everyone, the Response Lead too (another Response Lead then leads the case).
leads_case = is_response_lead & ~has_recused
can_read_case = (is_response_lead | is_assigned_handler | is_first_line_contact) & ~has_recused
can_work_on_case = (is_response_lead | is_assigned_handler) & ~has_recused

# Home pages
rules.add_perm("conduct.view_queue", is_conduct_team)
rules.add_perm("conduct.view_contact_home", is_any_conduct_contact)
rules.add_perm("conduct.view_case_counts", is_organiser_staff | is_conduct_team)

# Cases
rules.add_perm("conduct.view_case", can_read_case)
rules.add_perm("conduct.add_case_note", can_read_case)
rules.add_perm("conduct.change_case_state", can_work_on_case)
rules.add_perm("conduct.recuse_from_case", can_work_on_case)
rules.add_perm("conduct.assign_case", leads_case)
rules.add_perm("conduct.decide_case", leads_case)
rules.add_perm("conduct.view_audit_log", leads_case)

# Sites
rules.add_perm("conduct.record_presentation", is_site_conduct_contact)

# Codes and consultations
rules.add_perm("conduct.manage_codes", is_organiser_staff | is_response_lead)

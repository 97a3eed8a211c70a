"""Who may read and act on conduct cases, codes and consultations.

Confidentiality: a case is read by the Response Lead, its assigned handlers and, for
first-line reports of their own site, the site's conduct contact; never by anyone who
recused, the Response Lead included. Organiser staff without a conduct role see counts
only."""

import rules

from dialogues.rules import is_any_conduct_contact, is_not_limited_in, is_site_conduct_contact
from wetheinternet.accounts.rules import is_conduct_handler, is_conduct_team, is_organiser_staff, is_response_lead


@rules.predicate
def has_recused(user, incident):
    return incident is not None and incident.recusals.filter(handler=user).exists()


@rules.predicate
def is_assigned(user, incident):
    return incident is not None and user.is_authenticated and incident.assignments.filter(handler=user).exists()


@rules.predicate
def is_first_line_contact(user, incident):
    """The site's conduct contact at the time the report was filed (stored on it), not
    whoever is named contact later."""
    return (
        incident is not None
        and incident.share_with_site_contact
        and user.is_authenticated
        and incident.first_line_contact_id == user.pk
    )


# A handler reads assigned cases only while holding the role; a conduct decision that
# limits someone's conduct duties (or suspends them) closes every case to them.
is_assigned_handler = is_conduct_handler & is_assigned
not_limited = is_not_limited_in("conduct_contact")

# Recusal binds everyone, the Response Lead too (another Response Lead then leads the case).
leads_case = is_response_lead & ~has_recused & not_limited
can_read_case = (is_response_lead | is_assigned_handler | is_first_line_contact) & ~has_recused & not_limited
can_work_on_case = (is_response_lead | is_assigned_handler) & ~has_recused & not_limited

# Home pages
rules.add_perm("conduct.view_queue", is_conduct_team)
rules.add_perm("conduct.view_contact_home", is_any_conduct_contact & not_limited)
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
rules.add_perm("conduct.record_presentation", is_site_conduct_contact & not_limited)

# Codes and consultations
rules.add_perm("conduct.manage_codes", is_organiser_staff | is_response_lead)

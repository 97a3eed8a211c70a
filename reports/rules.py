"""Who may do what with reports: staff launch and publish; partner members see and
download the national reports of their partners' countries (published or not); anyone
sees published reports, the open data and the live dashboard; open answers are
approved by staff or by a partner member of the answer's country."""

import rules

from dialogues.domain.queries.mirrors import results_are_public
from dialogues.enums import DialogueStatus
from dialogues.models import Partner
from wetheinternet.accounts.rules import is_organiser_staff

from .enums import ReportScope


@rules.predicate
def is_report_published(user, job):
    return job is not None and job.published_at is not None and job.file_id is not None


@rules.predicate
def is_report_country_partner(user, job):
    if job is None or not user.is_authenticated or job.scope != ReportScope.NATIONAL:
        return False
    return Partner.objects.of_member(user).filter(dialogue_id=job.dialogue_id).cover_country(job.area)


@rules.predicate
def is_answer_country_partner(user, review):
    if review is None or not user.is_authenticated:
        return False
    table = review.answer.submission.table
    partners = Partner.objects.of_member(user).filter(dialogue_id=table.site.partner.dialogue_id)
    return partners.cover_country(table.site.country)


@rules.predicate
def is_dialogue_partner_member(user, dialogue):
    return dialogue is not None and user.is_authenticated and dialogue.partners.filter(memberships__user=user).exists()


@rules.predicate
def is_comparison_published(user, dialogue):
    """A dialogue compared with a main one whose results are released (not a draft,
    at least one release, and for a self-service mirror dialogue approved by staff): its
    comparison page is public."""
    return (
        dialogue is not None and dialogue.compared_with_id is not None and dialogue.status != DialogueStatus.DRAFT
        and results_are_public(dialogue) and dialogue.releases.exists()
    )


rules.add_perm("reports.manage_reports", is_organiser_staff)
rules.add_perm("reports.launch_reports", is_organiser_staff)
rules.add_perm("reports.publish_report", is_organiser_staff)
rules.add_perm("reports.release_results", is_organiser_staff)
rules.add_perm("reports.download_report", is_organiser_staff | is_report_country_partner | is_report_published)
rules.add_perm("reports.view_partner_reports", is_organiser_staff | is_dialogue_partner_member)
rules.add_perm("reports.review_open_answers", is_organiser_staff | is_dialogue_partner_member)
rules.add_perm("reports.approve_open_answer", is_organiser_staff | is_answer_country_partner)
# The comparison page: public once released; before that its own organisers and staff.
rules.add_perm("reports.view_comparison", is_organiser_staff | is_dialogue_partner_member | is_comparison_published)
# A demonstration's plenary screen: the event's organisers (its partner's members) and
# staff (the view answers 404 for another kind of dialogue); the projector opens it
# with a signed link instead (reports/domain/plenary.py).
rules.add_perm("reports.view_plenary", is_organiser_staff | is_dialogue_partner_member)

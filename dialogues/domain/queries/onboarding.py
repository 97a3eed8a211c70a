"""The onboarding checklist of a partner, read from what has been recorded.

``with_checklist_facts`` annotates a partner queryset so that a list of partners shows
every checklist in a fixed number of queries."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from ...models import MaterialVersion, OnboardingChecklist, TrainingAttempt
from .materials import latest_publication


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    label: str
    done: bool
    detail: str = ""


def with_checklist_facts(partners):
    return partners.select_related("checklist").annotate(
        fact_training_passed=Exists(TrainingAttempt.objects.filter(partner=OuterRef("pk"), passed=True)),
        fact_site_count=Count("sites", distinct=True),
        fact_sites_without_contact=Count("sites", filter=Q(sites__conduct_contact__isnull=True), distinct=True),
        fact_materials_published_at=Subquery(
            MaterialVersion.objects.filter(material__dialogue=OuterRef("dialogue"))
            .order_by("-published_at").values("published_at")[:1]
        ),
    )


def checklist_of(partner):
    """The partner's checklist row (created empty on first use)."""
    try:
        return partner.checklist
    except OnboardingChecklist.DoesNotExist:
        checklist, _created = OnboardingChecklist.objects.get_or_create(partner=partner)
        partner.checklist = checklist
        return checklist


def _stored_checklist(partner):
    try:
        return partner.checklist
    except OnboardingChecklist.DoesNotExist:
        return OnboardingChecklist()  # not tied to the partner: nothing is cached or saved


def _facts(partner):
    if hasattr(partner, "fact_site_count"):
        return (partner.fact_training_passed, partner.fact_site_count, partner.fact_sites_without_contact,
                partner.fact_materials_published_at)
    return (
        partner.training_attempts.filter(passed=True).exists(),
        partner.sites.count(),
        partner.sites.filter(conduct_contact__isnull=True).count(),
        latest_publication(partner.dialogue_id),
    )


def _materials_item(checklist, published_at):
    """Acknowledged, and no version published since. Before any material is on the
    platform, the acknowledgement alone counts (materials sent by other means)."""
    received = checklist.materials_received_at
    if received is None:
        detail = _("Read the current materials and confirm you received them.") if published_at else ""
        return ChecklistItem("materials", _("Materials received"), False, detail)
    if published_at is not None and published_at > received:
        return ChecklistItem("materials", _("Materials received"), False,
                             _("A new version was published since you confirmed: read it and confirm again."))
    return ChecklistItem("materials", _("Materials received"), True)


def checklist_items(partner):
    """The five checklist items, in order, each done or not with what is left."""
    checklist = _stored_checklist(partner)
    trained, site_count, without_contact, materials_published_at = _facts(partner)
    if not site_count:
        contact_detail = _("Add your sites, each with a conduct contact.")
    elif without_contact:
        contact_detail = _("%(count)s of %(total)s sites have no conduct contact yet.") % {
            "count": without_contact, "total": site_count}
    else:
        contact_detail = ""
    return [
        ChecklistItem("agreement", _("Partner agreement signed"), checklist.agreement_signed_at is not None),
        ChecklistItem("training", _("Data-privacy training passed"), bool(trained)),
        ChecklistItem("conduct", _("Code of conduct accepted"), checklist.conduct_accepted_at is not None),
        ChecklistItem(
            "conduct_contacts", _("A conduct contact named for every site"),
            site_count > 0 and not without_contact, contact_detail,
        ),
        _materials_item(checklist, materials_published_at),
    ]


def missing_items(partner):
    return [item for item in checklist_items(partner) if not item.done]

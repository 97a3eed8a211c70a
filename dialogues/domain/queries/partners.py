"""Partners with everything their dashboard shows, in a fixed number of queries."""

from django.db.models import Prefetch
from django.utils.translation import get_language

from ...models import PartnerMembership, ScheduledItem, Site, Table
from .dashboard import partner_counts
from .materials import shown_materials
from .onboarding import checklist_items, with_checklist_facts


def partners_for_dashboard(partners):
    sites = Site.objects.select_related("conduct_contact").prefetch_related(
        Prefetch("agenda", queryset=ScheduledItem.objects.select_related("topic").order_by("starts_at", "position")),
        Prefetch("tables", queryset=Table.objects.select_related("facilitator", "note_taker").order_by("number")),
    ).order_by("name")
    return with_checklist_facts(partners).select_related("dialogue").prefetch_related(
        Prefetch("sites", queryset=sites),
        Prefetch("memberships", queryset=PartnerMembership.objects.select_related("user").order_by("role", "user__email")),
    )


STEP_PERMISSIONS = {
    "agreement": "dialogues.sign_agreement",
    "training": "dialogues.take_training",
    "conduct": "dialogues.accept_conduct_for_partner",
    "materials": "dialogues.confirm_materials",
    "conduct_contacts": "dialogues.add_site",
    "invite": "dialogues.invite_partner_member",
    "message_volunteers": "dialogues.message_volunteers",
}


def dashboard_panel(partner, user):
    """What the dashboard shows of one partner (``partner`` from partners_for_dashboard)
    to ``user``: the checklist steps they may take are links."""
    items = checklist_items(partner)
    return {
        "partner": partner,
        "can": {step: user.has_perm(perm, partner) for step, perm in STEP_PERMISSIONS.items()},
        "checklist": items,
        "left": [item for item in items if not item.done],
        "counts": partner_counts(partner),
        "materials": shown_materials(partner.dialogue, get_language()),
    }


def partner_rows_with_left(partners):
    """``[(partner, [checklist items not done])]`` for partners annotated by
    ``with_checklist_facts`` (no query per partner)."""
    return [(partner, [item for item in checklist_items(partner) if not item.done]) for partner in partners]

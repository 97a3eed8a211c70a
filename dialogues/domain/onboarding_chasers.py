"""Chasers for overdue onboarding steps (docs/messages.md).

Each checklist step is due some weeks before the dialogue's first day
(``STEP_DUE_DAYS_BEFORE``). From the day after, a partner still onboarding whose step is
not done gets one e-mail to each active coordinator naming the step and the date it was
due: once per step per partner (the batch is the partner and the step), so the daily
sweep can run as often as it likes. Partners who applied (not yet approved), were
declined or are ready are not chased, nor dialogues whose last day has passed."""

import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from wetheinternet.core.messaging.queue import batch_id, send_message, start_batch_sending

from ..enums import OnboardingState, PartnerRole
from ..models import Partner
from .queries.onboarding import checklist_items, with_checklist_facts

# Days before the dialogue's first day by which each step should be done.
STEP_DUE_DAYS_BEFORE = {"agreement": 56, "training": 42, "conduct": 42, "conduct_contacts": 28, "materials": 14}
CHASED_STATES = (
    OnboardingState.INVITED,
    OnboardingState.APPROVED,
    OnboardingState.AGREEMENT_SIGNED,
    OnboardingState.TRAINED,
)
PURPOSE = "dialogues.onboarding_chaser"


def step_due_date(dialogue, code):
    return dialogue.first_day - dt.timedelta(days=STEP_DUE_DAYS_BEFORE[code])


def chase_overdue_onboarding(now=None):
    """Queue the chasers that are due (beat, daily). Returns how many were queued.
    Side effects: Message rows (rate-limited batch), the sweep started."""
    today = timezone.localdate(now or timezone.now(), dt.UTC)
    partners = with_checklist_facts(
        Partner.objects.filter(state__in=CHASED_STATES).select_related("dialogue").order_by("pk")
    )
    queued = 0
    for partner in partners:
        if today > partner.dialogue.last_day:
            continue
        for item in checklist_items(partner):
            if not item.done and today > step_due_date(partner.dialogue, item.code):
                queued += _chase(partner, item)
    if queued:
        start_batch_sending()
    return queued


def _chase(partner, item):
    batch = batch_id("onboarding-chaser", partner.pk, item.code)
    due = step_due_date(partner.dialogue, item.code)
    queued = 0
    coordinators = partner.memberships.filter(role=PartnerRole.COORDINATOR, user__is_active=True).select_related("user")
    for membership in coordinators.order_by("user_id"):
        user = membership.user

        def context(user=user):
            return {
                "user": user,
                "partner": partner,
                "step": item.label,
                "detail": item.detail,
                "due": date_format(due, "DATE_FORMAT"),
                "url": settings.SITE_URL + reverse("dialogues:partner_detail", args=[partner.pk]),
            }

        message = send_message(
            template="dialogues/email/onboarding_chaser",
            context=context,
            language=user.preferred_language,
            purpose=PURPOSE,
            email=user.email,
            recipient_key=f"user:{user.pk}",
            dialogue_id=partner.dialogue_id,
            batch=batch,
        )
        queued += message is not None
    return queued

"""Chasers for overdue onboarding steps: each step chased once per partner, to its
coordinators, in their language, only once it is overdue, never for a partner that is
ready, applied or declined, nor for a step that is done."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import translation

from dialogues.domain.onboarding import sign_agreement
from dialogues.domain.onboarding_chasers import chase_overdue_onboarding
from dialogues.enums import PartnerRole
from tests.factories.dialogues import PartnerMembershipFactory
from tests.helpers import deliver_messages
from wetheinternet.core.models import Message

pytestmark = pytest.mark.django_db

# The dialogue's first day is 24 October 2026: the agreement is due 56 days before
# (29 August), training and code of conduct 42 days before (12 September).
AUGUST_30 = dt.datetime(2026, 8, 30, 6, 0, tzinfo=dt.UTC)
SEPTEMBER_13 = dt.datetime(2026, 9, 13, 6, 0, tzinfo=dt.UTC)


@pytest.fixture
def onboarding(partner):
    partner.state = "approved"
    partner.save()
    return partner


def _coordinator(partner, language):
    user = partner.memberships.get(role=PartnerRole.COORDINATOR).user
    user.preferred_language = language
    user.save()
    return user


def _say(language, text, **values):
    with translation.override(language):
        return translation.gettext(text) % values


@pytest.mark.parametrize("language", ["fr", "es"])
def test_an_overdue_agreement_is_chased_in_the_coordinators_language(onboarding, language):
    coordinator = _coordinator(onboarding, language)

    queued = chase_overdue_onboarding(AUGUST_30)
    deliver_messages()

    [email] = mail.outbox
    with translation.override(language):
        step = str(translation.gettext("Partner agreement signed"))
    assert queued == 1 and email.to == [coordinator.email]
    assert email.subject == _say(language, "%(partner)s: “%(step)s” is overdue", partner=onboarding.name, step=step)
    with translation.override(language):
        assert "29" in email.body and f"/partners/{onboarding.pk}/" in email.body
    assert Message.objects.get().language == language


def test_each_step_is_chased_once_however_often_the_sweep_runs(onboarding):
    _coordinator(onboarding, "fr")

    counts = [
        chase_overdue_onboarding(AUGUST_30),
        chase_overdue_onboarding(AUGUST_30 + dt.timedelta(hours=1)),
        chase_overdue_onboarding(SEPTEMBER_13),
        chase_overdue_onboarding(SEPTEMBER_13 + dt.timedelta(days=1)),
    ]

    assert counts == [1, 0, 2, 0]  # the agreement; then training and the code of conduct
    assert sorted(Message.objects.values_list("purpose", flat=True)) == ["dialogues.onboarding_chaser"] * 3


def test_nothing_is_chased_before_its_due_date(onboarding):
    assert chase_overdue_onboarding(dt.datetime(2026, 8, 29, 20, 0, tzinfo=dt.UTC)) == 0


def test_a_step_done_is_not_chased(onboarding, coordinator):
    sign_agreement(onboarding, by=coordinator)

    assert chase_overdue_onboarding(AUGUST_30) == 0


@pytest.mark.parametrize("state", ["ready", "applied", "declined"])
def test_partners_ready_applied_or_declined_are_not_chased(partner, state):
    partner.state = state
    partner.save()

    assert chase_overdue_onboarding(AUGUST_30) == 0


def test_only_active_coordinators_are_written_to_and_each_partner_once(onboarding, other_partner):
    other_partner.state = "trained"
    other_partner.save()
    PartnerMembershipFactory(partner=onboarding, role=PartnerRole.STAFF)
    gone = PartnerMembershipFactory(partner=onboarding, role=PartnerRole.COORDINATOR).user
    gone.is_active = False
    gone.save()

    chase_overdue_onboarding(AUGUST_30)
    deliver_messages()

    coordinators = {
        m.user.email
        for m in [*onboarding.memberships.all(), *other_partner.memberships.all()]
        if m.role == PartnerRole.COORDINATOR and m.user.is_active
    }
    assert sorted(email.to[0] for email in mail.outbox) == sorted(coordinators)


def test_a_dialogue_that_is_over_is_not_chased(onboarding):
    assert chase_overdue_onboarding(dt.datetime(2026, 11, 2, tzinfo=dt.UTC)) == 0

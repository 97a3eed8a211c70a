"""Starting a mirror dialogue from a toolkit, its refusals, suspension and the staff
check of its results."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from conduct.models import Acceptance
from dialogues.domain.mirrors import (
    MirrorError,
    approve_mirror_results,
    reinstate_mirror,
    start_mirror_dialogue,
    suspend_mirror,
    withdraw_results_approval,
)
from dialogues.domain.queries.mirrors import results_are_public
from dialogues.domain.toolkit import withdraw_toolkit
from tests.dialogues.mirrors.conftest import signup_values
from tests.factories.accounts import StaffFactory
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_mirror_dialogue_is_a_copy_of_the_toolkit_with_the_group_as_approved_partner(toolkit):
    mirror = start_mirror_dialogue(toolkit.dialogue, **signup_values())

    dialogue, partner = mirror.dialogue, mirror.dialogue.partners.get()
    membership = partner.memberships.get()
    assert (dialogue.kind, dialogue.status, dialogue.slug) == (
        "mirror",
        "partners_onboarding",
        "mirror-ubuntu-digital-forum",
    )
    assert [q.code for q in dialogue.topics.get().questions.all()] == ["di-holder"]
    assert (partner.name, partner.state, sorted(partner.country_codes)) == ("Ubuntu Digital Forum", "approved", ["ZA"])
    assert (membership.user.email, membership.role, mirror.organiser) == (
        "thandiwe@example.org",
        "coordinator",
        membership.user,
    )
    assert (mirror.expected_participants, mirror.agreement_version, mirror.source) == (24, "2026-12", toolkit.dialogue)


def test_mirror_organiser_accepted_the_toolkit_code_now_published_in_the_mirror(toolkit):
    mirror = start_mirror_dialogue(toolkit.dialogue, **signup_values())

    acceptance = Acceptance.objects.get(dialogue=mirror.dialogue)
    assert (acceptance.user, acceptance.version.code.dialogue, acceptance.version.state, acceptance.version.body) == (
        mirror.organiser,
        mirror.dialogue,
        "published",
        "We listen to each other.",
    )
    assert mirror.dialogue.partners.get().checklist.conduct_accepted_by == mirror.organiser


def test_mirror_organiser_is_sent_an_invitation(toolkit, django_capture_on_commit_callbacks, eager_tasks):
    with django_capture_on_commit_callbacks(execute=True):
        start_mirror_dialogue(toolkit.dialogue, **signup_values())

    assert [m.to for m in mail.outbox] == [["thandiwe@example.org"]]
    assert AuditEntry.objects.filter(action="dialogues.mirror.started").count() == 1


@pytest.mark.parametrize(
    "change, field",
    [
        ({"agreement_version": "2020-01"}, "accepts_agreement"),
        ({"first_day": timezone.localdate() - dt.timedelta(days=1)}, "first_day"),
        ({"expected_participants": 0}, "expected_participants"),
        ({"last_day": timezone.localdate()}, "last_day"),
    ],
)
def test_mirror_sign_up_refuses_bad_values(toolkit, change, field):
    with pytest.raises(MirrorError) as refused:
        start_mirror_dialogue(toolkit.dialogue, **signup_values(**change))

    assert refused.value.field == field


def test_mirror_sign_up_refuses_an_unpublished_toolkit_and_a_second_mirror_of_one_toolkit(toolkit):
    start_mirror_dialogue(toolkit.dialogue, **signup_values())
    with pytest.raises(MirrorError) as twice:
        start_mirror_dialogue(toolkit.dialogue, **signup_values(organisation="Another name"))
    withdraw_toolkit(toolkit.dialogue, by=None)
    with pytest.raises(MirrorError) as unpublished:
        start_mirror_dialogue(toolkit.dialogue, **signup_values(email="other@example.org"))

    assert (twice.value.field, str(unpublished.value.message)) == (
        "email",
        "This toolkit is not open for mirror dialogues.",
    )


def test_mirror_results_are_public_only_after_staff_approval_and_not_while_suspended(two_mirrors):
    staff, mirror = StaffFactory(), two_mirrors.first.mirror
    before = results_are_public(mirror.dialogue)
    approve_mirror_results(mirror, by=staff)
    approved = results_are_public(mirror.dialogue)
    suspend_mirror(mirror, by=staff, reason="Spam")
    suspended = results_are_public(mirror.dialogue)
    reinstate_mirror(mirror, by=staff)
    withdraw_results_approval(mirror, by=staff)

    assert (before, approved, suspended, results_are_public(mirror.dialogue)) == (False, True, False, False)
    assert results_are_public(two_mirrors.main.dialogue) is True


def test_suspension_needs_a_reason_and_approval_refused_while_suspended(two_mirrors):
    staff, mirror = StaffFactory(), two_mirrors.first.mirror
    with pytest.raises(MirrorError) as no_reason:
        suspend_mirror(mirror, by=staff, reason="  ")
    suspend_mirror(mirror, by=staff, reason="Spam")
    with pytest.raises(MirrorError) as approve:
        approve_mirror_results(mirror, by=staff)

    assert (no_reason.value.field, str(approve.value.message)) == (
        "reason",
        "Reinstate the mirror dialogue before approving its results.",
    )


def test_mirror_dialogue_is_named_after_the_group_in_each_of_its_languages(toolkit):
    mirror = start_mirror_dialogue(toolkit.dialogue, **signup_values())

    assert (mirror.dialogue.name_en, mirror.dialogue.name_fr) == (
        "Ubuntu Digital Forum: We, the Internet 2020",
        "Ubuntu Digital Forum: Nous, l'Internet 2020",
    )

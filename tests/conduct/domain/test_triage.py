import datetime as dt

import pytest
from django.utils import timezone

from conduct.domain import decisions, triage
from conduct.domain.errors import ConductError
from conduct.domain.queries import is_activity_limited, participant_flags
from conduct.enums import CaseState, LadderStep, LimitedActivity
from conduct.models import Incident
from tests.factories.accounts import UserFactory
from tests.factories.conduct import IncidentFactory
from tests.helpers import deliver_messages

pytestmark = pytest.mark.django_db

LATER = dt.timedelta(days=30)


def _decide(incident, lead, **overrides):
    values = {"step": LadderStep.SUSPENSION, "repair_step": "Apologise in writing.", "message": "You are suspended.",
              "ends_at": timezone.now() + LATER}
    values.update(overrides)
    return decisions.decide(incident, by=lead, **values)


def test_moving_a_new_case_records_the_acknowledgement_time_and_actor(incident, response_lead):
    triage.move_case(incident, CaseState.ACKNOWLEDGED, by=response_lead)

    incident.refresh_from_db()
    change = incident.state_changes.last()
    assert incident.state == "acknowledged"
    assert incident.acknowledged_at is not None
    assert (change.from_state, change.to_state, change.by) == ("new", "acknowledged", response_lead)


def test_a_move_not_on_the_path_is_refused(incident, response_lead):
    with pytest.raises(ConductError):
        triage.move_case(incident, CaseState.RESOLVED, by=response_lead)


def test_a_recused_handler_cannot_be_assigned(incident, response_lead, handler):
    triage.recuse(incident, handler, by=handler)

    with pytest.raises(ConductError):
        triage.assign_handler(incident, handler, by=response_lead)


def test_recusing_removes_the_assignment_and_hides_the_case(incident, response_lead, handler):
    triage.assign_handler(incident, handler, by=response_lead)
    before = list(Incident.objects.visible_to(handler))

    triage.recuse(incident, handler, by=handler)

    assert before == [incident]
    assert list(Incident.objects.visible_to(handler)) == []
    assert incident.assignments.count() == 0


def test_someone_outside_the_conduct_team_cannot_be_assigned(incident, response_lead):
    with pytest.raises(ConductError):
        triage.assign_handler(incident, UserFactory(), by=response_lead)


def test_a_note_is_stored_encrypted(incident, response_lead):
    from django.db import connection

    note = triage.add_note(incident, body="Spoke with the witness on Monday.", by=response_lead)

    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM conduct_internalnote WHERE id = %s", [note.pk])
        stored = cursor.fetchone()[0]
    assert "witness" not in stored


def test_a_temporary_suspension_stops_sign_in_until_its_end(incident, response_lead):
    person = UserFactory()

    decision = _decide(incident, response_lead, subject_user=person)

    person.refresh_from_db()
    incident.refresh_from_db()
    assert incident.state == "resolved" and incident.closed_at is not None
    assert person.is_sign_in_suspended() is True
    assert person.is_sign_in_suspended(now=decision.ends_at + dt.timedelta(minutes=1)) is False


def test_moving_the_end_date_into_the_past_lifts_the_suspension(incident, response_lead):
    person = UserFactory()
    decision = _decide(incident, response_lead, subject_user=person)

    decisions.change_decision_end(decision, ends_at=timezone.now() - dt.timedelta(hours=1), by=response_lead)

    person.refresh_from_db()
    assert person.is_sign_in_suspended() is False
    assert is_activity_limited(person, LimitedActivity.FACILITATE) is False


def test_a_ban_has_no_end_and_stops_sign_in_for_good(incident, response_lead):
    person = UserFactory()

    decision = _decide(incident, response_lead, step=LadderStep.BAN, subject_user=person, ends_at=None)

    person.refresh_from_db()
    assert decision.ends_at is None
    assert person.sign_in_suspended_permanently is True
    with pytest.raises(ConductError):
        decisions.change_decision_end(decision, ends_at=timezone.now(), by=response_lead)


def test_a_temporary_step_without_end_date_is_refused(incident, response_lead):
    with pytest.raises(ConductError):
        _decide(incident, response_lead, step=LadderStep.WARNING, ends_at=None)


def test_a_decision_without_repair_step_is_refused(incident, response_lead):
    with pytest.raises(ConductError):
        _decide(incident, response_lead, repair_step=" ")


def test_limited_activities_block_only_the_named_activity(incident, response_lead):
    person = UserFactory()

    _decide(incident, response_lead, step=LadderStep.LIMITED_ACTIVITIES, subject_user=person,
            limited_activity=LimitedActivity.ENTER_RESULTS)

    person.refresh_from_db()
    assert is_activity_limited(person, LimitedActivity.ENTER_RESULTS) is True
    assert is_activity_limited(person, LimitedActivity.FACILITATE) is False
    assert person.is_sign_in_suspended() is False


def test_a_banned_participant_is_flagged_at_check_in(incident, response_lead):
    from registrations.models import Registrant

    site = incident.site
    banned = Registrant.objects.create(dialogue=site.partner.dialogue, site=site, country="FR", first_name="A")
    other = Registrant.objects.create(dialogue=site.partner.dialogue, site=site, country="FR", first_name="B")

    _decide(incident, response_lead, step=LadderStep.BAN, subject_participant_id=banned.pk, ends_at=None)
    flags = participant_flags([banned.pk, other.pk])

    assert list(flags) == [banned.pk]
    assert flags[banned.pk].startswith("Banned under the code of conduct")


def test_participant_flags_forget_an_ended_suspension(incident, response_lead):
    from registrations.models import Registrant

    site = incident.site
    person = Registrant.objects.create(dialogue=site.partner.dialogue, site=site, country="FR", first_name="A")
    decision = _decide(incident, response_lead, subject_participant_id=person.pk)

    decisions.change_decision_end(decision, ends_at=timezone.now() - dt.timedelta(minutes=1), by=response_lead)

    assert participant_flags([person.pk]) == {}


def test_a_closed_case_cannot_be_decided_again(incident, response_lead):
    triage.move_case(incident, CaseState.DISMISSED, by=response_lead)

    with pytest.raises(ConductError):
        _decide(incident, response_lead)


def test_marking_a_report_false_is_recorded(response_lead):
    report = IncidentFactory(site=None, place_kind="online")

    triage.mark_false_or_retaliatory(report, by=response_lead)

    report.refresh_from_db()
    assert report.marked_false_or_retaliatory is True


def test_the_decision_message_is_emailed_to_the_account_and_the_reporter(incident, response_lead, mailoutbox):
    from conduct.domain.notifications import send_decision_message

    person = UserFactory()
    incident.contact = "reporter@example.org"
    incident.save()
    decision = _decide(incident, response_lead, subject_user=person, message="Two weeks away from the dialogue.")

    sent = send_decision_message(decision)
    deliver_messages()

    assert sent == 2
    assert sorted(message.to[0] for message in mailoutbox) == sorted([person.email, "reporter@example.org"])
    assert "Two weeks away from the dialogue." in mailoutbox[0].body
    assert f"C-{incident.pk}" in mailoutbox[0].body


def test_the_conduct_team_is_notified_once_even_if_the_task_runs_twice(incident, response_lead, mailoutbox):
    from conduct.domain.notifications import notify_conduct_team

    first = notify_conduct_team(incident)
    second = notify_conduct_team(incident)
    deliver_messages()

    assert (first, second) == (1, 0)
    assert [message.to for message in mailoutbox] == [[response_lead.email]]


def test_the_decision_message_is_in_each_recipients_language(incident, response_lead, mailoutbox):
    from conduct.domain.notifications import send_decision_message

    person = UserFactory(preferred_language="es")
    incident.contact = "reporter@example.org"
    incident.language = "fr"
    incident.save()
    decision = _decide(incident, response_lead, subject_user=person)

    send_decision_message(decision)
    deliver_messages()

    subjects = {message.to[0]: message.subject for message in mailoutbox}
    assert subjects == {person.email: _subject_in("es"), "reporter@example.org": _subject_in("fr")}


def _subject_in(language):
    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override(language):
        return gettext("A decision under the code of conduct")

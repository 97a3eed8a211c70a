import re

import pytest
from django.core import mail
from django.db import connection

from conduct.domain import reports
from conduct.domain.errors import ConductError
from conduct.domain.receipts import normalise_receipt_code, receipt_digest
from conduct.enums import CaseState, PlaceKind, ReporterRelation, ReportKind
from conduct.models import Incident

pytestmark = pytest.mark.django_db

SECRET = "The coordinator of table 4 kept touching my shoulder after I asked him to stop."


def _report(**overrides):
    values = {"description": SECRET, "happened_when": "Saturday 10:30", "place_kind": PlaceKind.ONLINE,
              "relation": ReporterRelation.HAPPENED_TO_ME}
    values.update(overrides)
    return reports.submit_report(**values)


def test_receipt_code_has_at_least_100_bits_in_groups_of_four():
    _incident, code = _report()

    groups = code.split("-")
    assert [len(group) for group in groups] == [4, 4, 4, 4, 4, 4]
    assert len("".join(groups)) * 5 >= 100
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z-]+", code)


def test_receipt_code_is_stored_only_as_a_digest():
    incident, code = _report()

    assert incident.receipt_digest == receipt_digest(code)
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM conduct_incident WHERE id = %s", [incident.pk])
        row = " ".join(str(value) for value in cursor.fetchone())
    assert normalise_receipt_code(code) not in row
    assert code not in row


def test_database_row_of_a_report_does_not_hold_its_texts_in_clear():
    incident, _code = _report(people_involved="Jean Dupont, table 4", contact="victim@example.org",
                              place_detail="Room B")

    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM conduct_incident WHERE id = %s", [incident.pk])
        row = " ".join(str(value) for value in cursor.fetchone())
    assert "touching my shoulder" not in row
    assert "Jean Dupont" not in row
    assert "victim@example.org" not in row
    assert "Room B" not in row
    assert Incident.objects.get(pk=incident.pk).description == SECRET


def test_a_typed_code_is_found_whatever_its_case_and_dashes():
    incident, code = _report()

    typed = code.lower().replace("-", " ")

    assert reports.find_by_receipt(typed) == incident


def test_a_guessed_code_finds_nothing():
    _report()

    assert reports.find_by_receipt("0000-0000-0000-0000-0000-0000") is None
    assert reports.find_by_receipt("") is None


def test_an_empty_description_is_refused():
    with pytest.raises(ConductError):
        _report(description="   ")


def test_an_overlong_description_is_refused():
    with pytest.raises(ConductError):
        _report(description="x" * (reports.MAX_DESCRIPTION + 1))


def test_a_report_at_a_site_takes_the_site_dialogue(two_sites):
    site = two_sites[0]

    incident, _code = _report(place_kind=PlaceKind.SITE, site=site)

    assert incident.dialogue == site.partner.dialogue
    assert incident.state == CaseState.NEW
    assert list(incident.state_changes.values_list("to_state", flat=True)) == ["new"]


def test_a_report_about_a_decision_is_linked_to_its_case():
    first, code = _report()

    second, _ = _report(kind=ReportKind.ABOUT_DECISION, related_receipt_code=code)

    assert second.related_case == first


def test_urgent_report_emails_the_lead_and_the_site_contact_after_commit(two_sites, response_lead,
                                                                          django_capture_on_commit_callbacks, eager_tasks):
    site = two_sites[0]
    with django_capture_on_commit_callbacks(execute=True):
        incident, _code = _report(place_kind=PlaceKind.SITE, site=site, is_urgent=True)

    assert sorted(message.to[0] for message in mail.outbox) == sorted([response_lead.email, site.conduct_contact.email])
    assert all(message.subject.startswith("URGENT") for message in mail.outbox)
    assert all(SECRET not in message.body for message in mail.outbox)
    incident.refresh_from_db()
    assert incident.notified_at is not None


def test_report_is_kept_when_the_notification_cannot_be_queued(broker_refuses, django_capture_on_commit_callbacks):
    from wetheinternet.core.models import DeferredTask

    with django_capture_on_commit_callbacks(execute=True):
        incident, code = _report(is_urgent=True)

    stored = reports.find_by_receipt(code)
    assert stored == incident
    assert stored.notified_at is None
    pending = DeferredTask.objects.get()
    assert (pending.task_name, pending.args, pending.handed_over_at) == (
        "conduct.tasks.notify_conduct_team", [incident.pk], None
    )


def test_a_report_about_a_decision_can_name_the_decision_reference():
    first, _code = _report()

    second, _ = _report(kind=ReportKind.ABOUT_DECISION, related_receipt_code=f" c-{first.pk} ")

    assert second.related_case == first
    assert reports.decision_reference(first) == f"C-{first.pk}"

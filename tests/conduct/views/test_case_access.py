"""Confidentiality: who may open a case, and every refusal."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from conduct.domain import decisions, triage
from tests.factories.accounts import RoleAssignmentFactory, StaffFactory
from tests.factories.conduct import IncidentFactory
from tests.helpers import signed_in
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _case_url(incident):
    return reverse("conduct:case", args=[incident.pk])


def test_response_lead_reads_a_case_and_the_reading_is_audited(client, incident, response_lead):
    signed_in(client, response_lead)

    response = client.get(_case_url(incident))

    assert response.status_code == 200
    assert "Someone shouted at a participant during the break." in response.content.decode()
    entry = AuditEntry.objects.filter(action="conduct.incident.viewed").get()
    assert (entry.actor, entry.target_id) == (response_lead, str(incident.pk))


def test_organiser_staff_without_conduct_role_cannot_open_a_case(client, incident):
    signed_in(client, StaffFactory())

    response = client.get(_case_url(incident))

    assert response.status_code == 403
    assert "shouted" not in response.content.decode()


def test_organiser_staff_see_counts_only(client, incident):
    signed_in(client, StaffFactory())

    response = client.get(reverse("conduct:case_counts"))
    queue = client.get(reverse("conduct:queue"))

    page = response.content.decode()
    assert response.status_code == 200
    assert "shouted" not in page
    assert "<th scope=\"row\">New</th><td>1</td>" in page
    assert queue.status_code == 403


def test_site_conduct_contact_reads_first_line_reports_of_their_site(client, two_sites, incident):
    signed_in(client, two_sites[0].conduct_contact)

    response = client.get(_case_url(incident))

    assert response.status_code == 200


def test_another_site_conduct_contact_cannot_open_the_case(client, two_sites, incident):
    signed_in(client, two_sites[1].conduct_contact)

    response = client.get(_case_url(incident))
    home = client.get(reverse("conduct:contact_home"))

    assert response.status_code == 403
    assert reverse("conduct:case", args=[incident.pk]) not in home.content.decode()


def test_site_contact_cannot_read_a_report_kept_from_them(client, two_sites):
    hidden = IncidentFactory(site=two_sites[0], share_with_site_contact=False)
    signed_in(client, two_sites[0].conduct_contact)

    assert client.get(_case_url(hidden)).status_code == 403


def test_unassigned_handler_cannot_open_the_case(client, incident, handler):
    signed_in(client, handler)

    assert client.get(_case_url(incident)).status_code == 403


def test_assigned_handler_opens_the_case(client, incident, handler, response_lead):
    triage.assign_handler(incident, handler, by=response_lead)
    signed_in(client, handler)

    assert client.get(_case_url(incident)).status_code == 200


def test_recused_handler_cannot_open_the_case_even_if_assigned_before(client, incident, handler, response_lead):
    triage.assign_handler(incident, handler, by=response_lead)
    triage.recuse(incident, handler, by=response_lead)
    signed_in(client, handler)

    response = client.get(_case_url(incident))
    queue = client.get(reverse("conduct:queue"))

    assert response.status_code == 403
    assert _case_url(incident) not in queue.content.decode()


def test_handler_cannot_decide_nor_read_the_audit_log(client, incident, handler, response_lead):
    triage.assign_handler(incident, handler, by=response_lead)
    signed_in(client, handler)

    decide = client.post(reverse("conduct:decide", args=[incident.pk]), {"step": "warning"})
    audit = client.get(reverse("conduct:audit_log", args=[incident.pk]))

    assert (decide.status_code, audit.status_code) == (403, 403)
    incident.refresh_from_db()
    assert incident.state == "new"


def test_anonymous_visitor_is_sent_to_sign_in(client, incident):
    response = client.get(_case_url(incident))

    assert response.status_code == 302
    assert reverse("account_login") in response.url


def test_response_lead_sees_the_audit_log_of_a_case(client, incident, response_lead):
    signed_in(client, response_lead)
    client.get(_case_url(incident))

    response = client.get(reverse("conduct:audit_log", args=[incident.pk]))

    assert "conduct.incident.viewed" in response.content.decode()


@pytest.mark.parametrize("count", [1, 3])
def test_queue_query_count_does_not_grow_with_cases(client, response_lead, two_sites, count, django_assert_num_queries):
    for _ in range(count):
        IncidentFactory(site=two_sites[0])
    signed_in(client, response_lead)
    client.get(reverse("conduct:queue"))  # warm the session and the user's roles

    # 10 + the checks that no conduct decision limits the lead (list and counts)
    # + the page's count and the handling times read apart from the page
    with django_assert_num_queries(14):
        response = client.get(reverse("conduct:queue"))

    assert response.content.decode().count("/conduct/cases/") == count


def test_recused_response_lead_loses_the_case_to_the_other_response_lead(client, incident, response_lead):
    other_lead = RoleAssignmentFactory(role="response_lead").user
    signed_in(client, response_lead)

    client.post(reverse("conduct:recuse", args=[incident.pk]), {"handler": response_lead.pk})

    queue = client.get(reverse("conduct:queue")).content.decode()
    refused = [
        client.get(_case_url(incident)).status_code,
        client.get(reverse("conduct:audit_log", args=[incident.pk])).status_code,
        client.post(reverse("conduct:decide", args=[incident.pk]), {"step": "warning"}).status_code,
        client.post(reverse("conduct:assign", args=[incident.pk]), {"handler": response_lead.pk}).status_code,
    ]
    assert (refused, _case_url(incident) in queue) == ([403, 403, 403, 403], False)
    signed_in(client, other_lead)
    assert client.get(_case_url(incident)).status_code == 200


def test_the_only_response_lead_cannot_recuse_and_keeps_the_case(client, incident, response_lead):
    signed_in(client, response_lead)

    response = client.post(reverse("conduct:recuse", args=[incident.pk]), {"handler": response_lead.pk}, follow=True)

    assert "No other Response Lead can take this case." in response.content.decode()
    assert incident.recusals.count() == 0
    assert client.get(_case_url(incident)).status_code == 200


def test_recused_response_lead_sees_nothing_of_the_case_in_the_audit_overview(client, incident, response_lead):
    other_lead = RoleAssignmentFactory(role="response_lead").user
    other_case = IncidentFactory(site=incident.site)
    triage.assign_handler(incident, other_lead, by=other_lead)
    triage.assign_handler(other_case, other_lead, by=other_lead)
    triage.recuse(incident, response_lead, by=response_lead)
    decisions.decide(incident, by=other_lead, step="warning", repair_step="A conversation.", message="A warning.",
                     ends_at=timezone.now() + dt.timedelta(days=30))
    signed_in(client, response_lead)

    page = client.get(reverse("conduct:audit_overview")).content.decode()

    assert f"incident {other_case.pk}<" in page
    assert f"incident {incident.pk}<" not in page

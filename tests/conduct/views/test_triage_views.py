import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories.accounts import UserFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db


def test_lead_acknowledges_then_investigates(client, incident, response_lead):
    signed_in(client, response_lead)

    client.post(reverse("conduct:move", args=[incident.pk]), {"to_state": "acknowledged"})
    client.post(reverse("conduct:move", args=[incident.pk]), {"to_state": "investigating"})

    incident.refresh_from_db()
    assert incident.state == "investigating"
    assert list(incident.state_changes.values_list("to_state", flat=True)) == ["acknowledged", "investigating"]


def test_lead_decides_a_suspension_through_the_form(client, incident, response_lead):
    person = UserFactory()
    signed_in(client, response_lead)
    ends = (timezone.now() + dt.timedelta(days=14)).strftime("%Y-%m-%dT%H:%M")

    response = client.post(reverse("conduct:decide", args=[incident.pk]), {
        "step": "suspension", "subject_email": person.email, "ends_at": ends,
        "repair_step": "Meet the conduct team.", "message": "Your account is suspended for two weeks.",
    })

    person.refresh_from_db()
    assert response.status_code == 302
    assert person.is_sign_in_suspended() is True
    assert incident.decision.step == "suspension"


def test_a_decision_without_end_date_is_refused_beside_the_form(client, incident, response_lead):
    signed_in(client, response_lead)

    response = client.post(reverse("conduct:decide", args=[incident.pk]), {
        "step": "warning", "repair_step": "Apologise.", "message": "A warning.",
    })

    assert response.status_code == 400
    assert "Give an end date in the future" in response.content.decode()
    assert "Apologise." in response.content.decode()


def test_handler_can_recuse_themselves(client, incident, handler, response_lead):
    from conduct.domain.triage import assign_handler

    assign_handler(incident, handler, by=response_lead)
    signed_in(client, handler)

    response = client.post(reverse("conduct:recuse", args=[incident.pk]), {"handler": handler.pk})

    assert response.url == reverse("conduct:queue")
    assert incident.recusals.filter(handler=handler).exists()
    assert client.get(reverse("conduct:case", args=[incident.pk])).status_code == 403


def test_assigned_handler_moves_the_case(client, incident, handler, response_lead):
    from conduct.domain.triage import assign_handler

    assign_handler(incident, handler, by=response_lead)
    signed_in(client, handler)

    client.post(reverse("conduct:move", args=[incident.pk]), {"to_state": "acknowledged"})

    incident.refresh_from_db()
    assert incident.state == "acknowledged"
    assert incident.state_changes.get().by == handler


def test_site_contact_reads_but_cannot_move_the_case(client, incident, two_sites):
    signed_in(client, two_sites[0].conduct_contact)

    response = client.post(reverse("conduct:move", args=[incident.pk]), {"to_state": "dismissed"})
    note = client.post(reverse("conduct:note", args=[incident.pk]), {"body": "I spoke with the participant."})

    incident.refresh_from_db()
    assert response.status_code == 403
    assert incident.state == "new"
    assert note.status_code == 302
    assert incident.notes.get().body == "I spoke with the participant."


def test_queue_filters_by_urgency_and_site(client, response_lead, two_sites):
    from tests.factories.conduct import IncidentFactory

    urgent = IncidentFactory(site=two_sites[0], is_urgent=True)
    IncidentFactory(site=two_sites[0])
    IncidentFactory(site=two_sites[1], is_urgent=True)
    signed_in(client, response_lead)

    page = client.get(reverse("conduct:queue"), {"urgency": "urgent", "site": two_sites[0].pk}).content.decode()

    assert page.count("/conduct/cases/") == 1
    assert reverse("conduct:case", args=[urgent.pk]) in page


def test_queue_is_paged_and_its_links_keep_the_filters(client, response_lead, two_sites):
    from tests.factories.conduct import IncidentFactory

    for _ in range(51):
        IncidentFactory(site=two_sites[0], is_urgent=True)
    IncidentFactory(site=two_sites[1])
    signed_in(client, response_lead)

    first = client.get(reverse("conduct:queue"), {"urgency": "urgent"})
    second = client.get(reverse("conduct:queue") + first.context["list"].next_url)

    assert first.context["list"].page.paginator.count == 51
    assert "urgency=urgent" in first.context["list"].next_url
    assert len(second.context["list"].rows) == 1


def test_queue_export_has_handling_not_content_and_is_audited(client, response_lead, two_sites):
    import csv
    import io

    from tests.factories.conduct import IncidentFactory
    from wetheinternet.core.models import AuditEntry

    case = IncidentFactory(site=two_sites[0], is_urgent=True, description="=He shouted at me")
    signed_in(client, response_lead)

    response = client.get(reverse("conduct:queue_export"), {"format": "csv", "urgency": "urgent"})

    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert [row[0] for row in rows[1:]] == [str(case.pk)]
    assert "shouted" not in content
    assert AuditEntry.objects.get(action="conduct.cases.exported").actor == response_lead


def test_queue_export_is_refused_to_a_partner_member(client, two_sites):
    from tests.factories.dialogues import PartnerMembershipFactory

    member = PartnerMembershipFactory(partner=two_sites[0].partner).user
    signed_in(client, member)

    assert client.get(reverse("conduct:queue_export")).status_code == 403

import pytest
from django.urls import reverse

from registrations.domain.panels import execute_panel_run
from registrations.domain.tables import seat_site_panel
from registrations.models import DataRightsRequest, PanelRun, Registrant, TableSeat
from tests.factories.accounts import RoleAssignmentFactory, StaffFactory, UserFactory
from tests.helpers import signed_in

from ..conftest import make_pool

pytestmark = pytest.mark.django_db


@pytest.fixture
def seated(setup):
    make_pool(setup.lyon, 14, features=setup.features)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", site=setup.lyon, panel_size=12,
                                  reserve_size=2, algorithm="legacy", seed=5)
    execute_panel_run(run.pk)
    seat_site_panel(setup.lyon, table_size=6, seed=3, by=setup.france_member)
    return setup.lyon


def test_table_assignment_page_assigns_and_shows_score(client, setup):
    make_pool(setup.lyon, 8, features=setup.features)
    execute_panel_run(PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=8,
                                              algorithm="legacy", seed=1).pk)
    signed_in(client, setup.france_member)
    url = reverse("registrations:site_tables", kwargs={"site_id": setup.lyon.pk})

    response = client.post(url, {"action": "assign", "table_size": 4, "seed": 77}, follow=True)

    content = response.content.decode()
    assert TableSeat.objects.count() == 8
    assert "Seed 77" in content and "out of 100" in content


def test_table_page_of_another_partners_site_is_refused(client, setup, seated):
    signed_in(client, setup.kenya_member)

    assert client.get(reverse("registrations:site_tables", kwargs={"site_id": seated.pk})).status_code == 403


def test_facilitator_sees_first_names_only(client, setup, seated):
    table = seated.tables.get(number=1)
    table.facilitator = UserFactory()
    table.save()
    signed_in(client, table.facilitator)

    content = client.get(reverse("registrations:table_people", kwargs={"table_id": table.pk})).content.decode()

    people = [seat.registrant for seat in TableSeat.objects.filter(table=table)]
    assert all(p.first_name in content for p in people)
    assert not any(p.last_name in content or p.email in content or p.reference_code in content for p in people)


def test_facilitator_of_another_table_is_refused(client, setup, seated):
    other = seated.tables.get(number=2)
    other.facilitator = UserFactory()
    other.save()
    signed_in(client, other.facilitator)

    table = seated.tables.get(number=1)
    assert client.get(reverse("registrations:table_people", kwargs={"table_id": table.pk})).status_code == 403
    assert client.get(reverse("registrations:check_in", kwargs={"site_id": seated.pk})).status_code == 403


def test_facilitator_may_swap_but_not_reassign_and_sees_codes_not_names(client, setup, seated):
    table = seated.tables.get(number=1)
    table.facilitator = UserFactory()
    table.save()
    signed_in(client, table.facilitator)
    url = reverse("registrations:site_tables", kwargs={"site_id": seated.pk})

    page = client.get(url).content.decode()
    refused = client.post(url, {"action": "assign", "table_size": 4})
    first = TableSeat.objects.get(table__number=1, seat_number=1)
    second = TableSeat.objects.get(table__number=2, seat_number=1)
    a, b = first.registrant_id, second.registrant_id
    client.post(url, {"action": "swap", "first": first.pk, "second": second.pk})

    other = TableSeat.objects.get(table__number=2, seat_number=2).registrant
    assert other.reference_code in page and other.last_name not in page and "Assign tables" not in page
    assert refused.status_code == 403
    assert TableSeat.objects.get(table__number=1, seat_number=1).registrant_id == b
    assert TableSeat.objects.get(table__number=2, seat_number=1).registrant_id == a


def test_check_in_search_never_puts_names_in_the_address(client, setup, seated):
    person = Registrant.objects.filter(status="selected").first()
    signed_in(client, setup.france_member)
    url = reverse("registrations:check_in", kwargs={"site_id": seated.pk})

    response = client.post(url, {"action": "search", "q": person.last_name})

    assert response["Location"] == url
    assert person.reference_code in client.get(url).content.decode()


def test_check_in_marks_attendance_and_fills_from_reserve(client, setup, seated):
    person = TableSeat.objects.get(table__number=1, seat_number=1).registrant
    signed_in(client, setup.france_member)
    url = reverse("registrations:check_in", kwargs={"site_id": seated.pk})

    reserve = Registrant.objects.filter(status="reserve").first()
    client.post(url, {"action": "attended", "registrant": reserve.pk})
    client.post(url, {"action": "no_show", "registrant": person.pk})
    response = client.post(url, {"action": "fill", "registrant": person.pk}, follow=True)

    seat = TableSeat.objects.get(table__number=1, seat_number=1)
    assert (seat.registrant, seat.registrant.attendance) == (reserve, "attended")
    assert f"{reserve.reference_code} takes the place of {person.reference_code}." in response.content.decode()


def test_check_in_of_another_partners_site_is_refused(client, setup, seated):
    signed_in(client, setup.kenya_member)

    assert client.get(reverse("registrations:check_in", kwargs={"site_id": seated.pk})).status_code == 403


def test_check_in_shows_conduct_flags(client, setup, seated, monkeypatch):
    person = Registrant.objects.filter(status="selected").first()
    monkeypatch.setattr("registrations.views.checkin.participant_flags", lambda ids: {person.pk: "Banned until further notice"})
    signed_in(client, setup.france_member)
    url = reverse("registrations:check_in", kwargs={"site_id": seated.pk})
    client.post(url, {"action": "search", "q": person.reference_code})

    assert "Banned until further notice" in client.get(url).content.decode()


def test_rights_desk_lists_requests_with_due_date_for_staff(client, setup):
    DataRightsRequest.objects.create(dialogue=setup.dialogue, kind="erasure", reference_code="ABCD-EFGH")
    signed_in(client, StaffFactory())

    response = client.get(reverse("registrations:rights_requests"))

    assert "ABCD-EFGH" in response.content.decode()
    assert "Mark fulfilled" not in response.content.decode()


def test_only_the_data_protection_officer_fulfils(client, setup):
    request = DataRightsRequest.objects.create(dialogue=setup.dialogue, kind="access", reference_code="ABCD-EFGH")
    url = reverse("registrations:fulfil_request", kwargs={"request_id": request.pk})
    signed_in(client, StaffFactory())
    assert client.post(url, {"fulfilment": "Sent"}).status_code == 403

    officer = StaffFactory()
    RoleAssignmentFactory(user=officer, role="data_protection")
    signed_in(client, officer)
    client.post(url, {"fulfilment": "Sent by post"})

    request.refresh_from_db()
    assert (request.fulfilment, request.fulfilled_by) == ("Sent by post", officer)


def test_partner_cannot_see_the_rights_desk(client, setup):
    signed_in(client, setup.france_member)

    assert client.get(reverse("registrations:rights_requests")).status_code == 403


def test_an_empty_fulfilment_is_refused_with_the_error_summary_and_an_overlong_one_kept(client, setup):
    import re

    request = DataRightsRequest.objects.create(dialogue=setup.dialogue, kind="access", reference_code="ABCD-EFGH")
    url = reverse("registrations:fulfil_request", kwargs={"request_id": request.pk})
    officer = StaffFactory()
    RoleAssignmentFactory(user=officer, role="data_protection")
    signed_in(client, officer)
    typed = "Sent by post " * 200

    empty = client.post(url, {"fulfilment": ""})
    overlong = client.post(url, {"fulfilment": typed})

    html = empty.content.decode()
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    field = re.search(rf'<input[^>]*id="fulfilment-{request.pk}"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', field).group(1).split()
    assert empty.status_code == 400 and overlong.status_code == 400
    assert "data-form-error-summary" in html
    assert f'<a href="#fulfilment-{request.pk}">What was done: This field is required.</a>' in html
    assert described == [f"fulfilment-{request.pk}_error"] and set(described) <= ids
    assert f'value="{typed}"' in overlong.content.decode()
    request.refresh_from_db()
    assert request.fulfilled_at is None

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories.accounts import RoleAssignmentFactory, StaffFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import signed_in
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _list(partner):
    return reverse("registrations:partner_registrants", kwargs={"partner_id": partner.pk})


def _export(partner):
    return reverse("registrations:partner_registrants_export", kwargs={"partner_id": partner.pk})


def _search(client, partner, words):
    client.post(_list(partner), {"q": words})
    return client.get(_list(partner))


def _csv(response):
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


@pytest.mark.parametrize("words", ["Karim Fontaine", "fontaine karim", "Fontaine", "FONTAINE kârim"])
def test_search_finds_the_person_whatever_the_word_order_case_or_accents(client, setup, words):
    RegistrantFactory(site=setup.lyon, first_name="Karim", last_name="Fontaine")
    RegistrantFactory(site=setup.lyon, first_name="Karim", last_name="Benali")
    RegistrantFactory(site=setup.lyon, first_name="Claire", last_name="Fontaine-Dupont")
    signed_in(client, setup.france_member)

    response = _search(client, setup.france, words)

    names = [person.display_name for person in response.context["list"].rows]
    expected = ["Karim Fontaine"] if "karim" in words.lower().replace("â", "a") else ["Claire Fontaine-Dupont", "Karim Fontaine"]
    assert sorted(names) == expected


def test_search_words_stay_out_of_the_address(client, setup):
    signed_in(client, setup.france_member)

    response = client.post(_list(setup.france), {"q": "Karim Fontaine"})

    assert response.status_code == 302 and "Karim" not in response["Location"]


def test_search_by_an_accented_name_finds_the_plain_spelling(client, setup):
    RegistrantFactory(site=setup.lyon, first_name="Heloise", last_name="Nguyen")
    signed_in(client, setup.france_member)

    response = _search(client, setup.france, "héloïse")

    assert [person.first_name for person in response.context["list"].rows] == ["Heloise"]


def test_staff_without_personal_data_cannot_find_people_by_name(client, setup):
    person = RegistrantFactory(site=setup.lyon, first_name="Karim", last_name="Fontaine")
    signed_in(client, StaffFactory())

    by_name = _search(client, setup.france, "Fontaine")
    by_code = _search(client, setup.france, person.reference_code[:4].lower())

    assert list(by_name.context["list"].rows) == []
    assert list(by_code.context["list"].rows) == [person]


def test_list_is_paged_fifty_at_a_time(client, setup):
    for _ in range(51):
        RegistrantFactory(site=setup.lyon, consents=[])
    signed_in(client, setup.france_member)

    first = client.get(_list(setup.france))
    second = client.get(_list(setup.france) + first.context["list"].next_url)
    past_the_end = client.get(_list(setup.france) + "?page=99")
    nonsense = client.get(_list(setup.france) + "?page=abc&sort=password")

    assert len(first.context["list"].rows) == 50 and len(second.context["list"].rows) == 1
    assert list(past_the_end.context["list"].rows) == list(second.context["list"].rows)
    assert nonsense.status_code == 200 and nonsense.context["list"].sort == "newest"


def test_list_sorts_by_name_both_ways_and_filters_by_status(client, setup):
    RegistrantFactory(site=setup.lyon, first_name="Ana", last_name="Zola", status="selected")
    RegistrantFactory(site=setup.lyon, first_name="Bob", last_name="Abel")
    signed_in(client, setup.france_member)

    up = client.get(_list(setup.france) + "?sort=name")
    down = client.get(_list(setup.france) + "?sort=-name")
    selected = client.get(_list(setup.france) + "?status=selected")

    assert [p.last_name for p in up.context["list"].rows] == ["Abel", "Zola"]
    assert [p.last_name for p in down.context["list"].rows] == ["Zola", "Abel"]
    assert [p.last_name for p in selected.context["list"].rows] == ["Zola"]


def test_export_streams_the_searched_list_formula_safe_and_is_audited(client, setup):
    RegistrantFactory(site=setup.lyon, first_name="=cmd|'/C calc'!A0", last_name="Fontaine", phone="+33611")
    RegistrantFactory(site=setup.lyon, first_name="Claire", last_name="Martin")
    RegistrantFactory(site=setup.nairobi, first_name="Wanjiku", last_name="Fontaine")
    signed_in(client, setup.france_member)
    client.post(_list(setup.france), {"q": "fontaine"})

    response = client.get(_export(setup.france) + "?format=csv")

    assert response.streaming and response["Content-Type"].startswith("text/csv")
    rows = _csv(response)
    assert rows[0][:3] == ["Reference", "First name", "Last name"]
    assert [(row[1], row[2], row[4]) for row in rows[1:]] == [("'=cmd|'/C calc'!A0", "Fontaine", "'+33611")]
    entry = AuditEntry.objects.get(action="registrations.registrants.exported")
    assert (entry.actor, entry.target_id, entry.data) == (
        setup.france_member, str(setup.france.pk), {"format": "csv", "personal": True},
    )


def test_export_as_xlsx_holds_every_page(client, setup):
    for _ in range(55):
        RegistrantFactory(site=setup.lyon, consents=[])
    signed_in(client, setup.france_member)

    response = client.get(_export(setup.france) + "?format=xlsx")

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.max_row == 56


def test_export_for_staff_leaves_out_names_and_contacts(client, setup):
    RegistrantFactory(site=setup.lyon, first_name="Claire", email="claire@example.net")
    signed_in(client, StaffFactory())

    rows = _csv(client.get(_export(setup.france)))

    assert "First name" not in rows[0] and "E-mail" not in rows[0]
    assert not any("Claire" in cell or "claire@example.net" in cell for row in rows for cell in row)
    assert AuditEntry.objects.get(action="registrations.registrants.exported").data["personal"] is False


def test_export_for_the_data_protection_officer_has_contacts(client, setup):
    RegistrantFactory(site=setup.lyon, email="claire@example.net")
    officer = StaffFactory()
    RoleAssignmentFactory(user=officer, role="data_protection")
    signed_in(client, officer)

    rows = _csv(client.get(_export(setup.france)))

    assert rows[1][3] == "claire@example.net"


def test_export_of_the_other_partners_list_is_refused_and_not_audited(client, setup):
    RegistrantFactory(site=setup.nairobi, first_name="Wanjiku")
    signed_in(client, setup.france_member)

    response = client.get(_export(setup.kenya))

    assert response.status_code == 403
    assert not AuditEntry.objects.filter(action="registrations.registrants.exported").exists()


def test_export_with_an_unknown_format_gives_csv(client, setup):
    signed_in(client, setup.france_member)

    response = client.get(_export(setup.france) + "?format=exe")

    assert response["Content-Type"].startswith("text/csv")


def _runs(partner):
    return reverse("registrations:panel_selection", kwargs={"partner_id": partner.pk})


def _run(setup, country, **fields):
    from registrations.models import PanelRun

    return PanelRun.objects.create(dialogue=setup.dialogue, country=country, panel_size=4, algorithm="legacy", seed=7, **fields)


def test_panel_draws_are_paged_filtered_and_only_the_partners(client, setup):
    for _ in range(26):
        _run(setup, "FR", state="done")
    failed = _run(setup, "FR", state="failed")
    _run(setup, "KE", state="failed")
    signed_in(client, setup.france_member)

    first = client.get(_runs(setup.france))
    only_failed = client.get(_runs(setup.france) + "?state=failed")

    assert len(first.context["list"].rows) == 25 and first.context["list"].page.paginator.count == 27
    assert list(only_failed.context["list"].rows) == [failed]


def test_panel_draws_export_is_audited_and_refused_for_the_other_partner(client, setup):
    _run(setup, "FR", state="done")
    _run(setup, "KE", state="done")
    signed_in(client, setup.france_member)

    rows = _csv(client.get(reverse("registrations:panel_runs_export", kwargs={"partner_id": setup.france.pk})))
    other = client.get(reverse("registrations:panel_runs_export", kwargs={"partner_id": setup.kenya.pk}))

    assert [row[1] for row in rows[1:]] == ["FR"]
    assert other.status_code == 403
    assert AuditEntry.objects.filter(action="registrations.panel_runs.exported").count() == 1


def test_seating_plan_export_names_for_the_partner_codes_for_staff(client, setup):
    from tests.factories.dialogues import TableFactory
    from tests.factories.registrations import TableSeatFactory

    table = TableFactory(site=setup.lyon, number=2)
    seat = TableSeatFactory(table=table, seat_number=1, registrant=RegistrantFactory(site=setup.lyon, first_name="Inès"))
    url = reverse("registrations:table_plan_export", kwargs={"site_id": setup.lyon.pk})
    signed_in(client, setup.france_member)
    partner_rows = _csv(client.get(url))
    signed_in(client, StaffFactory())
    staff_rows = _csv(client.get(url))

    assert partner_rows[1] == ["2", "fr", "1", seat.registrant.reference_code, "Inès", seat.registrant.last_name]
    assert staff_rows[1] == ["2", "fr", "1", seat.registrant.reference_code]
    assert AuditEntry.objects.filter(action="registrations.table_plan.exported").count() == 2


def test_seating_plan_export_of_another_partners_site_is_refused(client, setup):
    signed_in(client, setup.france_member)

    response = client.get(reverse("registrations:table_plan_export", kwargs={"site_id": setup.nairobi.pk}))

    assert response.status_code == 403

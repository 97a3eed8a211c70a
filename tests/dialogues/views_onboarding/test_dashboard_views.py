import datetime as dt

import pytest
from django.urls import reverse

from dialogues.domain.agenda import apply_agenda_template
from tests.factories.accounts import StaffFactory
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory, SiteFactory, TableFactory
from tests.factories.onboarding import AgendaTemplateItemFactory, ScheduledItemFactory
from tests.factories.registrations import RegistrantFactory
from tests.helpers import signed_in

from .conftest import count_queries, page_text

pytestmark = pytest.mark.django_db


def test_partner_home_shows_checklist_and_what_is_left(coordinator_client, partner, other_partner):
    SiteFactory(partner=partner, name="Maison des Associations", conduct_contact=None)
    SiteFactory(partner=other_partner, name="Civic Lab Hall", country="KE")

    text = page_text(coordinator_client.get(reverse("dialogues:partner_home")))

    assert "5 steps left before you are ready." in text
    assert "A conduct contact named for every site (1 of 1 sites have no conduct contact yet.)" in text
    assert "Maison des Associations" in text
    assert "Civic Lab Hall" not in text
    assert other_partner.name not in text


def test_partner_home_counts_tables_and_registrations(coordinator_client, partner):
    site = SiteFactory(partner=partner)
    TableFactory.create_batch(3, site=site)

    text = page_text(coordinator_client.get(reverse("dialogues:partner_home")))

    assert "Sites 1 Tables 3 Registrations 0 Selected for the panel 0 Tables with results 0" in text


def test_partner_detail_of_another_partner_is_refused(coordinator_client, other_partner):
    assert coordinator_client.get(reverse("dialogues:partner_detail", args=[other_partner.pk])).status_code == 403


def test_partner_home_query_count_does_not_grow_with_sites(coordinator_client, partner):
    AgendaTemplateItemFactory(dialogue=partner.dialogue, position=1)
    apply_agenda_template(SiteFactory(partner=partner), by=None)
    url = reverse("dialogues:partner_home")
    one = count_queries(coordinator_client, url)
    for _ in range(2):
        site = SiteFactory(partner=partner)
        TableFactory.create_batch(2, site=site)
        apply_agenda_template(site, by=None)

    assert count_queries(coordinator_client, url) == one


def test_staff_home_shows_states_and_why_not_ready(client, staff_user, partner, other_partner):
    signed_in(client, staff_user)
    SiteFactory(partner=other_partner, country="KE", conduct_contact=staff_user)

    text = page_text(client.get(reverse("dialogues:staff_home")))

    assert f"{partner.name} {partner.dialogue.name} FR Ready 0 Partner agreement signed; Data-privacy training passed" in text
    assert "Africa 1 1 1 0" in text
    assert "Kenya (KE) 1 0" in text


def test_staff_home_query_count_does_not_grow_with_partners(client, staff_user, partner):
    signed_in(client, staff_user)
    url = reverse("dialogues:staff_home")
    one = count_queries(client, url)
    for _ in range(2):
        SiteFactory(partner=PartnerFactory(dialogue=partner.dialogue, countries=["AR"]), country="AR")

    assert count_queries(client, url) == one


def test_partner_member_cannot_open_staff_pages(coordinator_client, partner):
    assert coordinator_client.get(reverse("dialogues:staff_home")).status_code == 403
    assert coordinator_client.get(reverse("dialogues:timeline", args=[partner.dialogue.slug])).status_code == 403
    assert coordinator_client.get(reverse("dialogues:application_list")).status_code == 403


def test_timeline_lists_sessions_in_utc_order(client, staff_user, partner):
    signed_in(client, staff_user)
    partner.countries = ["FJ", "AR"]
    partner.save()
    buenos_aires = SiteFactory(partner=partner, name="San Telmo", country="AR", time_zone="America/Argentina/Buenos_Aires")
    suva = SiteFactory(partner=partner, name="Suva Centre", country="FJ", time_zone="Pacific/Fiji")
    start = dt.datetime(2026, 10, 24, 12, 0, tzinfo=dt.UTC)
    ScheduledItemFactory(site=buenos_aires, title="Opening", starts_at=start)
    ScheduledItemFactory(site=suva, title="Opening", starts_at=start - dt.timedelta(hours=15))

    text = page_text(client.get(reverse("dialogues:timeline", args=[partner.dialogue.slug])))
    table = text.split("Sessions in UTC order")[1]

    assert table.index("Suva Centre") < table.index("San Telmo")
    assert "23 Oct 21:00 23 Oct 22:00 Suva Centre Fiji Opening 24 Oct 09:00 (Pacific/Fiji)" in table


def test_timeline_query_count_does_not_grow(client, staff_user, partner):
    signed_in(client, staff_user)
    ScheduledItemFactory(site=SiteFactory(partner=partner))
    url = reverse("dialogues:timeline", args=[partner.dialogue.slug])
    one = count_queries(client, url)
    ScheduledItemFactory.create_batch(2, site=SiteFactory(partner=partner))

    assert count_queries(client, url) == one


def test_partner_staff_see_only_the_steps_they_may_take(client, partner):
    member = PartnerMembershipFactory(partner=partner, role="staff").user
    client.force_login(member)

    text = page_text(client.get(reverse("dialogues:partner_home")))

    assert "Take the data-privacy training" in text
    assert "Sign the partner agreement" not in text
    assert "Invite a colleague" not in text


def test_partner_home_counts_real_registrations_and_selection(coordinator_client, partner, other_partner):
    site = SiteFactory(partner=partner)
    RegistrantFactory(site=site, status="registered")
    RegistrantFactory(site=site, status="selected")
    RegistrantFactory(site=site, status="withdrawn")
    RegistrantFactory(site=SiteFactory(partner=other_partner, country="KE"), status="selected")

    text = page_text(coordinator_client.get(reverse("dialogues:partner_home")))

    assert "Registrations 2 Selected for the panel 1" in text


def test_partner_home_links_to_the_work_of_its_own_partner_and_sites_only(coordinator_client, partner, other_partner):
    site = SiteFactory(partner=partner)
    other_site = SiteFactory(partner=other_partner, country="KE")

    page = coordinator_client.get(reverse("dialogues:partner_home")).content.decode()

    for url in [
        reverse("registrations:partner_registrants", args=[partner.pk]),
        reverse("registrations:panel_selection", args=[partner.pk]),
        reverse("registrations:check_in", args=[site.pk]),
        reverse("results:partner_results"),
        reverse("reports:partner", args=[partner.dialogue.slug]),
    ]:
        assert url in page
    assert reverse("registrations:partner_registrants", args=[other_partner.pk]) not in page
    assert reverse("registrations:check_in", args=[other_site.pk]) not in page


def test_staff_home_links_to_every_organiser_tool(client, partner):
    signed_in(client, StaffFactory())

    page = client.get(reverse("dialogues:staff_home")).content.decode()

    for url in [
        reverse("results:results_progress"),
        reverse("registrations:rights_requests"),
        reverse("conduct:case_counts"),
        reverse("i18n:content_status"),
        reverse("reports:manage", args=[partner.dialogue.slug]),
    ]:
        assert url in page


def test_staff_partner_list_searches_names_without_accents_and_country_codes(staff_client):
    from tests.factories.dialogues import PartnerFactory

    PartnerFactory(name="Fondation Énergie Numérique", countries=["FR"])
    PartnerFactory(name="Kenya Civic Lab", countries=["KE"])
    url = reverse("dialogues:staff_home")

    staff_client.post(url, {"q": "energie numerique"})
    by_name = [partner.name for partner, _left in staff_client.get(url).context["partner_rows"]]
    staff_client.post(url, {"q": "ke"})
    by_code = [partner.name for partner, _left in staff_client.get(url).context["partner_rows"]]

    assert by_name == ["Fondation Énergie Numérique"]
    assert by_code == ["Kenya Civic Lab"]


def test_staff_partner_list_filters_by_state_and_exports_audited(staff_client):
    import csv
    import io

    from tests.factories.dialogues import PartnerFactory
    from wetheinternet.core.models import AuditEntry

    PartnerFactory(name="=Ready org", state="ready")
    PartnerFactory(name="Invited org", state="invited")

    page = staff_client.get(reverse("dialogues:staff_home"), {"state": "ready"})
    export = staff_client.get(reverse("dialogues:staff_partners_export"), {"state": "ready", "format": "csv"})

    assert [partner.name for partner, _left in page.context["partner_rows"]] == ["=Ready org"]
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["'=Ready org"]
    assert AuditEntry.objects.filter(action="dialogues.partners.exported").count() == 1


def test_partner_list_export_is_refused_to_partner_members(coordinator_client):
    assert coordinator_client.get(reverse("dialogues:staff_partners_export")).status_code == 403

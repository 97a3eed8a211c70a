"""Organiser staff do their job in the console with the permission group, and every
change there goes through the same domain functions (rules, audit) as the pages."""

import json

import pytest
from django.urls import reverse

from conduct.domain import triage
from conduct.models import CodeVersion
from dialogues.models import Site
from tests.factories.accounts import RoleAssignmentFactory, UserFactory
from tests.factories.conduct import CodeVersionFactory, IncidentFactory, PublishedVersionFactory
from tests.factories.dialogues import PartnerFactory, SiteFactory
from tests.helpers import signed_in
from wetheinternet.accounts.models import RoleAssignment
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def console(client, staff_user):
    return signed_in(client, staff_user)


def _site_form(site, **changes):
    values = {
        "name": site.name, "mode": site.mode, "country": str(site.country), "city": site.city,
        "time_zone": site.time_zone, "languages": json.dumps(site.languages),
        "capacity": site.capacity or "", "accessibility_notes": "", "meeting_link": "", "local_date": "",
        "local_start_time": site.first_day.start_time.strftime("%H:%M"), "conduct_contact": site.conduct_contact_id or "",
        "days-TOTAL_FORMS": "0", "days-INITIAL_FORMS": "0",
        "agenda-TOTAL_FORMS": "0", "agenda-INITIAL_FORMS": "0",
        "tables-TOTAL_FORMS": "0", "tables-INITIAL_FORMS": "0",
    }
    return values | changes


def test_staff_without_superuser_status_open_the_console_and_the_audit_log(console):
    index = console.get(reverse("admin:index")).content.decode()
    audit = console.get(reverse("admin:core_auditentry_changelist"))

    assert "You don’t have permission" not in index
    assert reverse("admin:dialogues_dialogue_add") in index
    assert audit.status_code == 200


def test_audit_log_in_the_console_leaves_out_conduct_cases(console, staff_user):
    lead = RoleAssignmentFactory(role="response_lead").user
    incident = IncidentFactory()
    triage.assign_handler(incident, RoleAssignmentFactory(role="conduct_handler").user, by=lead)

    listed = console.get(reverse("admin:core_auditentry_changelist")).context["cl"].result_list
    case_entry = AuditEntry.objects.get(action="conduct.incident.assigned")

    assert case_entry not in list(listed)
    assert console.get(reverse("admin:core_auditentry_change", args=[case_entry.pk])).status_code == 302


def test_changing_a_site_contact_in_the_console_is_audited(console, staff_user):
    site = SiteFactory(conduct_contact=UserFactory())
    new_contact = UserFactory()

    response = console.post(
        reverse("admin:dialogues_site_change", args=[site.pk]), _site_form(site, conduct_contact=new_contact.pk)
    )

    site.refresh_from_db()
    assert response.status_code == 302
    assert site.conduct_contact == new_contact
    assert AuditEntry.objects.filter(action="dialogues.site.conduct_contact_changed", actor=staff_user).count() == 1


def test_a_site_in_a_country_the_partner_does_not_cover_is_refused_in_the_console(console):
    site = SiteFactory(partner=PartnerFactory(countries=["FR"]))

    response = console.post(reverse("admin:dialogues_site_change", args=[site.pk]), _site_form(site, country="KE"))

    site.refresh_from_db()
    assert response.status_code == 200
    assert "does not cover this country" in response.content.decode()
    assert site.country == "FR"


def test_memberships_and_roles_cannot_be_edited_as_fields(console, staff_user):
    partner = PartnerFactory()
    other = UserFactory()

    console.post(reverse("admin:accounts_user_change", args=[other.pk]), {
        "email": other.email, "full_name": other.full_name, "preferred_language": "en", "is_staff": "on",
        "is_superuser": "on", "role_assignments-TOTAL_FORMS": "1", "role_assignments-INITIAL_FORMS": "0",
        "role_assignments-0-role": "response_lead",
    })
    page = console.get(reverse("admin:dialogues_partner_change", args=[partner.pk])).content.decode()

    other.refresh_from_db()
    assert (other.is_staff, other.is_superuser) == (False, False)
    assert not RoleAssignment.objects.filter(user=other).exists()
    assert 'name="memberships-0-role"' not in page
    assert 'name="state"' not in page


def test_roles_change_through_audited_console_actions(console, staff_user):
    other = UserFactory()

    console.post(reverse("admin:accounts_user_changelist"),
                 {"action": "give_response_lead_action", "_selected_action": [other.pk]})

    assert RoleAssignment.objects.filter(user=other, role="response_lead").exists()
    assert AuditEntry.objects.filter(action="accounts.role.granted", actor=staff_user).count() == 1


def test_a_published_code_version_cannot_be_edited_in_place(console):
    version = PublishedVersionFactory()
    url = reverse("admin:conduct_codeversion_change", args=[version.pk])

    console.post(url, {"title_en": "Changed", "body_en": "Changed text", "workingsession_set-TOTAL_FORMS": "0",
                       "workingsession_set-INITIAL_FORMS": "0"})
    console.post(reverse("admin:conduct_codeversion_changelist"),
                 {"action": "new_draft_from", "_selected_action": [version.pk]})

    version.refresh_from_db()
    assert version.title == "Code of conduct"
    assert 'name="body_en"' not in console.get(url).content.decode()
    draft = CodeVersion.objects.get(code=version.code, number=version.number + 1)
    assert (draft.state, draft.body) == ("draft", version.body)


def test_a_draft_nobody_accepted_is_still_edited_in_place(console):
    draft = CodeVersionFactory()

    assert 'name="body_en"' in console.get(reverse("admin:conduct_codeversion_change", args=[draft.pk])).content.decode()


def test_organiser_staff_do_not_delete_sites_in_the_console(console):
    site = SiteFactory()

    response = console.post(reverse("admin:dialogues_site_delete", args=[site.pk]), {"post": "yes"})

    assert response.status_code == 403
    assert Site.objects.filter(pk=site.pk).exists()


def test_a_superuser_deletes_a_site_through_the_domain_with_its_audit_entry(client):
    superuser = UserFactory(is_staff=True, is_superuser=True)
    signed_in(client, superuser)
    site = SiteFactory()

    client.post(reverse("admin:dialogues_site_delete", args=[site.pk]), {"post": "yes"})

    assert not Site.objects.filter(pk=site.pk).exists()
    assert AuditEntry.objects.filter(action="dialogues.site.deleted", actor=superuser).count() == 1



def test_staff_see_releases_and_bookings_in_the_console_read_only(console):
    for name in ("reports_release", "reports_scheduledrelease"):
        listing = console.get(reverse(f"admin:{name}_changelist"))
        adding = console.get(reverse(f"admin:{name}_add"))

        assert (listing.status_code, adding.status_code) == (200, 403)

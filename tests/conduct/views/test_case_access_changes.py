"""Access to a case follows the people's roles as they are now and as they were when it
was filed: naming oneself conduct contact later, losing the handler role, or being
limited by a conduct decision gives no access."""

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from conduct.domain import decisions, notifications, triage
from conduct.domain.reports import submit_report
from conduct.enums import LadderStep, LimitedActivity, PlaceKind, ReporterRelation
from conduct.models import Incident
from dialogues.domain.sites import update_site
from tests.factories.accounts import UserFactory
from tests.factories.conduct import IncidentFactory
from tests.helpers import signed_in
from wetheinternet.accounts.domain.roles import revoke_role
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _case_url(incident):
    return reverse("conduct:case", args=[incident.pk])


def _site_values(site):
    return {"name": site.name, "country": site.country, "time_zone": site.time_zone, "mode": site.mode,
            "city": site.city, "languages": site.languages}


def _limit_conduct_duties(person, lead):
    other_case = IncidentFactory(site=None, place_kind=PlaceKind.ONLINE)
    return decisions.decide(
        other_case, by=lead, step=LadderStep.LIMITED_ACTIVITIES, repair_step="Take the training again.",
        message="Your conduct duties are paused.", ends_at=timezone.now() + dt.timedelta(days=30),
        subject_user=person, limited_activity=LimitedActivity.CONDUCT_CONTACT,
    )


def test_member_who_names_themself_contact_reads_no_earlier_report(client, two_sites, incident):
    site = two_sites[0]
    member = site.partner.memberships.get().user
    update_site(site, by=member, conduct_contact_email=member.email, **_site_values(site))
    later, _ = submit_report(description="Raised voices at table 3.", happened_when="Noon", place_kind=PlaceKind.SITE,
                             relation=ReporterRelation.OBSERVED, site=site)
    signed_in(client, member)

    earlier_page = client.get(_case_url(incident))
    later_page = client.get(_case_url(later))
    home = client.get(reverse("conduct:contact_home")).content.decode()

    assert earlier_page.status_code == 403
    assert later_page.status_code == 200
    assert _case_url(incident) not in home
    assert _case_url(later) in home
    assert AuditEntry.objects.filter(action="dialogues.site.conduct_contact_changed", actor=member).count() == 1


def test_the_contact_a_report_was_filed_with_keeps_it_after_being_replaced(client, two_sites, incident):
    site = two_sites[0]
    first_contact = site.conduct_contact
    update_site(site, by=site.partner.memberships.get().user, conduct_contact_email=UserFactory().email,
                **_site_values(site))
    signed_in(client, first_contact)

    assert client.get(_case_url(incident)).status_code == 200


def test_a_limited_conduct_contact_reads_nothing_and_is_not_told(client, two_sites, response_lead):
    site = two_sites[0]
    contact = site.conduct_contact
    _limit_conduct_duties(contact, response_lead)
    mail.outbox.clear()
    urgent, _ = submit_report(description="Someone fainted.", happened_when="Now", place_kind=PlaceKind.SITE,
                              relation=ReporterRelation.OBSERVED, site=site, is_urgent=True)
    notifications.notify_conduct_team(urgent)
    signed_in(client, contact)

    case = client.get(_case_url(urgent))
    home = client.get(reverse("conduct:contact_home"))
    note = client.post(reverse("conduct:note", args=[urgent.pk]), {"body": "On my way"})

    assert case.status_code == 403
    assert home.status_code == 403
    assert note.status_code == 403
    assert contact.email not in [address for message in mail.outbox for address in message.to]
    assert Incident.objects.visible_to(contact).count() == 0


def test_a_revoked_handler_reads_their_assigned_case_no_more(client, incident, response_lead, handler):
    triage.assign_handler(incident, handler, by=response_lead)
    signed_in(client, handler)
    assert client.get(_case_url(incident)).status_code == 200

    revoke_role(handler, "conduct_handler", by=response_lead)
    page = client.get(_case_url(incident))

    assert page.status_code == 403
    assert "shouted" not in page.content.decode()
    assert Incident.objects.visible_to(handler).count() == 0


def test_a_handler_limited_by_a_decision_reads_their_case_no_more(client, incident, response_lead, handler):
    triage.assign_handler(incident, handler, by=response_lead)
    _limit_conduct_duties(handler, response_lead)
    signed_in(client, handler)

    assert client.get(_case_url(incident)).status_code == 403

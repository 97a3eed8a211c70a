"""The isolation mechanism (``wetheinternet/core/visibility.py``): a view that lists a
partner's data without ``visible_to(user)`` fails, and each protected model shows each
role only its own rows, with two partners in every test."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from conduct.models import Incident
from dialogues.models import Partner, PartnerApplication, ScheduledItem, Site, Table
from registrations.models import DataRightsRequest, PanelRun, Registrant, TableSeat
from reports.models import OpenAnswerReview, ReportJob
from results.models import ResultSubmission
from tests.factories.accounts import RoleAssignmentFactory, StaffFactory, UserFactory
from tests.factories.dialogues import PartnerFactory, PartnerMembershipFactory, SiteFactory, TableFactory
from tests.factories.registrations import RegistrantFactory, TableSeatFactory
from tests.helpers import signed_in
from wetheinternet.core.visibility import UnscopedQuery, VisibleQuerySet

pytestmark = pytest.mark.django_db

PROTECTED = [
    Partner, PartnerApplication, Site, Table, ScheduledItem, ResultSubmission, Registrant, TableSeat, PanelRun,
    DataRightsRequest, Incident, ReportJob, OpenAnswerReview,
]


@pytest.fixture
def two_partners(db):
    france = PartnerFactory(countries=["FR"])
    kenya = PartnerFactory(dialogue=france.dialogue, countries=["KE"])
    lyon = SiteFactory(partner=france, name="Lyon")
    nairobi = SiteFactory(partner=kenya, name="Nairobi", country="KE", time_zone="Africa/Nairobi")
    return france, kenya, lyon, nairobi


def _client(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.urls("tests.core.guard.urls")
def test_a_view_that_lists_sites_without_visible_to_fails(two_partners):
    member = PartnerMembershipFactory(partner=two_partners[0]).user

    with pytest.raises(UnscopedQuery, match="tests.core.guard.views queries dialogues.Site without visible_to"):
        _client(member).get("/guard/unscoped/")


@pytest.mark.urls("tests.core.guard.urls")
def test_a_view_that_lists_sites_with_visible_to_shows_only_its_partners(two_partners):
    member = PartnerMembershipFactory(partner=two_partners[0]).user

    response = _client(member).get("/guard/scoped/")

    assert response.content.decode() == "Lyon"


@pytest.mark.urls("tests.core.guard.urls")
def test_an_explicit_unscoped_read_passes_the_guard(two_partners):
    member = PartnerMembershipFactory(partner=two_partners[0]).user

    response = _client(member).get("/guard/explicitly-unscoped/")

    assert response.content.decode() == "2"


@pytest.mark.urls("tests.core.guard.urls")
def test_a_query_through_a_visible_object_is_scoped_by_it(two_partners):
    _, _, lyon, _ = two_partners
    member = PartnerMembershipFactory(partner=lyon.partner).user
    TableFactory(site=lyon, number=2)
    TableFactory(site=lyon, number=1)

    response = _client(member).get(f"/guard/sites/{lyon.pk}/tables/")

    assert response.content.decode() == "1, 2"


@pytest.mark.urls("tests.core.guard.urls")
def test_the_guard_is_off_in_production(two_partners, settings):
    settings.VISIBILITY_GUARD = False
    member = PartnerMembershipFactory(partner=two_partners[0]).user

    response = _client(member).get("/guard/unscoped/")

    assert response.content.decode() == "Lyon, Nairobi"


def test_an_unscoped_read_must_say_why():
    with pytest.raises(ValueError):
        Site.objects.unscoped("")


def test_domain_code_outside_views_is_not_stopped(two_partners):
    assert Site.objects.order_by("name").count() == 2


@pytest.mark.parametrize("model", PROTECTED, ids=lambda model: model._meta.label)
def test_every_protected_model_has_the_visible_queryset(model):
    assert isinstance(model.objects.all(), VisibleQuerySet)


def test_sites_tables_and_schedule_per_role(two_partners):
    france, kenya, lyon, nairobi = two_partners
    member = PartnerMembershipFactory(partner=france).user
    note_taker = UserFactory()
    TableFactory(site=lyon, number=1)
    kenyan_table = TableFactory(site=nairobi, number=1, note_taker=note_taker)
    ScheduledItem.objects.create(site=lyon, position=1, kind="opening", title="Opening",
                                 starts_at="2026-10-24T07:00Z", ends_at="2026-10-24T08:00Z")

    assert list(Site.objects.visible_to(member)) == [lyon]
    assert list(Site.objects.visible_to(note_taker)) == [nairobi]
    assert list(Table.objects.visible_to(note_taker)) == [kenyan_table]
    assert [item.site for item in ScheduledItem.objects.visible_to(member)] == [lyon]
    assert ScheduledItem.objects.visible_to(note_taker).count() == 0
    assert Site.objects.visible_to(AnonymousUser()).count() == 0
    assert Site.objects.visible_to(StaffFactory()).count() == 2


def test_partners_seats_and_registrants_per_role(two_partners):
    france, kenya, lyon, nairobi = two_partners
    member = PartnerMembershipFactory(partner=kenya).user
    french = RegistrantFactory(site=lyon)
    kenyan = RegistrantFactory(site=nairobi, country="KE")
    TableSeatFactory(table=TableFactory(site=lyon), registrant=french)
    kenyan_seat = TableSeatFactory(table=TableFactory(site=nairobi), registrant=kenyan)
    officer = RoleAssignmentFactory(role="data_protection").user

    assert list(Partner.objects.visible_to(member)) == [kenya]
    assert list(Registrant.objects.visible_to(member)) == [kenyan]
    assert list(TableSeat.objects.visible_to(member)) == [kenyan_seat]
    assert Registrant.objects.visible_to(officer).count() == 2
    assert PartnerApplication.objects.visible_to(member).count() == 0
    assert DataRightsRequest.objects.visible_to(member).count() == 0


@pytest.mark.parametrize("name, argument", [
    ("dialogues:site_detail", "pk"), ("results:result_sheets", "site_id"), ("results:table_result_sheets", "table_id"),
    ("registrations:site_tables", "site_id"),
])
def test_an_id_nobody_can_see_is_not_found_for_staff_and_refused_to_others(two_partners, name, argument):
    address = reverse(name, kwargs={argument: 999999})
    member = PartnerMembershipFactory(partner=two_partners[0]).user

    as_staff = signed_in(Client(), StaffFactory()).get(address)
    as_member = _client(member).get(address)

    assert (as_staff.status_code, as_member.status_code) == (404, 403)


def test_another_partners_site_is_refused_like_an_unknown_one(two_partners):
    _, _, _, nairobi = two_partners
    member = PartnerMembershipFactory(partner=two_partners[0]).user

    other = _client(member).get(reverse("dialogues:site_detail", kwargs={"pk": nairobi.pk}))
    unknown = _client(member).get(reverse("dialogues:site_detail", kwargs={"pk": 999999}))

    assert (other.status_code, unknown.status_code) == (403, 403)

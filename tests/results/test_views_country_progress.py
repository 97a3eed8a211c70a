import pytest
from django.urls import reverse

from registrations.models import PanelRun
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.dialogues import (
    DialogueFactory,
    PartnerFactory,
    PartnerMembershipFactory,
    SiteFactory,
    TableFactory,
    TopicFactory,
)
from tests.factories.registrations import RegistrantFactory
from tests.factories.results import ResultSubmissionFactory
from tests.helpers import signed_in

pytestmark = pytest.mark.django_db
URL = reverse("results:country_progress")


def _country(dialogue, code, *, state="ready", volunteers=True, attended=0, with_result=False, drawn=False):
    partner = PartnerFactory(dialogue=dialogue, countries=[code], state=state)
    site = SiteFactory(partner=partner, country=code, capacity=10)
    helper = UserFactory() if volunteers else None
    table = TableFactory(site=site, facilitator=helper, note_taker=helper)
    for n in range(4):
        RegistrantFactory(site=site, consents=[], status="selected", attendance="attended" if n < attended else "")
    if drawn:
        PanelRun.objects.create(dialogue=dialogue, country=code, panel_size=4, algorithm="legacy", seed=1, state="done")
    if with_result:
        ResultSubmissionFactory(table=table, topic=dialogue.topics.first())
    return partner


@pytest.fixture
def dialogue():
    dialogue = DialogueFactory()
    TopicFactory(dialogue=dialogue)
    return dialogue


def test_staff_see_every_countrys_steps_with_the_most_behind_first(client, dialogue):
    _country(dialogue, "FR", attended=4, with_result=True, drawn=True)
    _country(dialogue, "KE", state="approved", volunteers=False)
    signed_in(client, StaffFactory())

    response = client.get(URL, {"dialogue": dialogue.slug})

    rows = response.context["rows"]
    assert [row.code for row in rows] == ["KE", "FR"]
    kenya, france = rows
    assert (france.registered, france.places, france.panels_drawn, france.sites) == (4, 10, 1, 1)
    assert (france.tables_staffed, france.tables, france.checked_in, france.selected) == (1, 1, 4, 4)
    assert (france.results_in, france.expected_results) == (1, 1)
    assert (kenya.tables_staffed, kenya.least_onboarded, kenya.behind[0]) == (0, "approved", "panels")
    assert "Kenya" in response.content.decode() and "Tables with both volunteers" in response.content.decode()


def test_progress_filters_by_region_and_sorts_by_country(client, dialogue):
    _country(dialogue, "FR")
    _country(dialogue, "KE")
    _country(dialogue, "BE")
    signed_in(client, StaffFactory())

    europe = client.get(URL, {"dialogue": dialogue.slug, "region": "150", "sort": "country"}).context["rows"]
    nonsense = client.get(URL, {"dialogue": dialogue.slug, "region": "mars", "sort": "password"})

    assert [row.code for row in europe] == ["BE", "FR"]
    assert nonsense.status_code == 200 and len(nonsense.context["rows"]) == 3


def test_partner_members_are_refused(client, dialogue):
    partner = _country(dialogue, "FR")
    member = PartnerMembershipFactory(partner=partner).user
    signed_in(client, member)

    assert client.get(URL).status_code == 403


@pytest.mark.parametrize("count", [1, 12])
def test_progress_query_count_does_not_grow_with_countries(client, dialogue, django_assert_max_num_queries, count):
    for code in ["FR", "KE", "BE", "BR", "JP", "IN", "NG", "DE", "CL", "AU", "EG", "CA"][:count]:
        _country(dialogue, code, with_result=True, drawn=True)
    signed_in(client, StaffFactory())

    with django_assert_max_num_queries(22):
        response = client.get(URL, {"dialogue": dialogue.slug})

    assert len(response.context["rows"]) == count


def test_progress_export_is_the_table_as_shown_and_audited(client, dialogue):
    import csv
    import io

    from wetheinternet.core.models import AuditEntry

    _country(dialogue, "FR", drawn=True)
    _country(dialogue, "KE")
    staff = StaffFactory()
    signed_in(client, staff)

    response = client.get(reverse("results:country_progress_export"),
                          {"dialogue": dialogue.slug, "region": "002", "format": "csv"})

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["KE"]
    assert AuditEntry.objects.get(action="results.country_progress.exported").actor == staff


def test_progress_export_refused_to_partner_members(client, dialogue):
    partner = _country(dialogue, "FR")
    signed_in(client, PartnerMembershipFactory(partner=partner).user)

    assert client.get(reverse("results:country_progress_export")).status_code == 403

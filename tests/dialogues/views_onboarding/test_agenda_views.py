import datetime as dt

import pytest
from django.urls import reverse

from dialogues.domain.agenda import apply_agenda_template
from dialogues.enums import AgendaItemKind
from tests.factories.dialogues import SiteFactory
from tests.factories.onboarding import AgendaTemplateItemFactory
from tests.helpers import signed_in

from .conftest import page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(partner):
    AgendaTemplateItemFactory(dialogue=partner.dialogue, position=1, kind=AgendaItemKind.OPENING, title="Opening",
                              duration_minutes=30)
    AgendaTemplateItemFactory(dialogue=partner.dialogue, position=2, kind=AgendaItemKind.PLENARY, title="Plenary",
                              duration_minutes=60)
    site = SiteFactory(partner=partner, time_zone="Pacific/Fiji", country="FR", local_date=dt.date(2019, 11, 10),
                       local_start_time=dt.time(9, 0))
    apply_agenda_template(site, by=None)
    return site


def _times(site, **changes):
    items = list(site.agenda.order_by("position"))
    data = {}
    for item, (start, end) in zip(items, [("09:00", "09:30"), ("09:30", "10:30")], strict=True):
        data[f"day_{item.pk}"], data[f"start_{item.pk}"], data[f"end_{item.pk}"] = "2019-11-10", start, end
    for index, (start, end) in changes.items():
        item = items[int(index[1:])]
        data[f"start_{item.pk}"], data[f"end_{item.pk}"] = start, end
    return data


def test_site_page_shows_local_times(coordinator_client, site):
    text = page_text(coordinator_client.get(reverse("dialogues:site_detail", args=[site.pk])))

    assert "10 November 2019 09:00 09:30 Opening" in text
    assert "UTC" not in text.split("Agenda")[1].split("Tables")[0].replace("UTC order", "")


def test_staff_see_utc_beside_local_times(client, staff_user, site):
    signed_in(client, staff_user)

    text = page_text(client.get(reverse("dialogues:site_detail", args=[site.pk])))

    assert "9 Nov 20:00–20:30" in text.split("Opening")[1]


def test_agenda_overlap_is_refused_with_message(coordinator_client, site):
    response = coordinator_client.post(reverse("dialogues:agenda_edit", args=[site.pk]),
                                       _times(site, i0=("09:00", "09:45")))

    assert "“Opening” overlaps “Plenary”: it ends after the next item starts." in page_text(response)
    assert 'value="09:45"' in response.content.decode()


def test_agenda_ending_before_start_is_refused(coordinator_client, site):
    response = coordinator_client.post(reverse("dialogues:agenda_edit", args=[site.pk]),
                                       _times(site, i1=("10:30", "09:30")))

    assert "“Plenary” ends before it starts." in page_text(response)


def test_agenda_adjustment_is_saved_in_utc(coordinator_client, site):
    coordinator_client.post(reverse("dialogues:agenda_edit", args=[site.pk]), _times(site, i1=("10:00", "11:00")))

    plenary = site.agenda.get(position=2)
    assert plenary.starts_at == dt.datetime(2019, 11, 9, 21, 0, tzinfo=dt.UTC)


def test_agenda_shift_moves_the_day(coordinator_client, site):
    response = coordinator_client.post(reverse("dialogues:agenda_shift", args=[site.pk]), {"minutes": "30"}, follow=True)

    assert "Agenda moved by 30 minutes." in page_text(response)
    assert site.agenda.get(position=1).starts_at == dt.datetime(2019, 11, 9, 20, 30, tzinfo=dt.UTC)


def test_agenda_form_ignores_tampered_items_of_another_site(coordinator_client, site, other_partner):
    other_site = SiteFactory(partner=other_partner, country="KE", time_zone="Africa/Nairobi",
                             local_date=dt.date(2019, 11, 10), local_start_time=dt.time(9, 0))
    apply_agenda_template(other_site, by=None)
    foreign = other_site.agenda.get(position=1)
    before = (foreign.starts_at, foreign.ends_at)

    coordinator_client.post(reverse("dialogues:agenda_edit", args=[site.pk]),
                            _times(site) | {f"start_{foreign.pk}": "01:00", f"end_{foreign.pk}": "02:00"})

    foreign.refresh_from_db()
    assert (foreign.starts_at, foreign.ends_at) == before

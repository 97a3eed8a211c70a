"""A site's days within the dialogue's window: the agenda placed on them, validation of
days outside the window and of sessions leaving their day."""

import datetime as dt

import pytest

from dialogues.domain.agenda import adjust_site_agenda, apply_agenda_template, shift_site_agenda
from dialogues.domain.days import add_site_day, change_site_day, remove_site_day
from dialogues.domain.errors import AgendaError, SiteError
from dialogues.domain.sites import create_site
from dialogues.enums import DayMode
from tests.factories.dialogues import SiteFactory
from wetheinternet.core.models import AuditEntry

from .conftest import utc

pytestmark = pytest.mark.django_db

OCT_10, OCT_11 = dt.date(2026, 10, 10), dt.date(2026, 10, 11)


@pytest.fixture
def october(partner):
    """The partner's dialogue runs through October 2026."""
    dialogue = partner.dialogue
    dialogue.deliberation_date, dialogue.end_date = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    dialogue.save()
    return dialogue


@pytest.fixture
def two_day_template(agenda_template):
    """Opening and the topic session on day 1; break and plenary on day 2."""
    for item in agenda_template[2:]:
        item.day_number = 2
        item.save()
    return agenda_template


def _auckland_site(partner):
    # New Zealand daylight time in October: UTC+13.
    return SiteFactory(partner=partner, time_zone="Pacific/Auckland", country="FR", local_date=OCT_10)


def test_apply_agenda_template_places_items_on_the_days_of_their_day_number(partner, coordinator, october, two_day_template):
    site = _auckland_site(partner)
    add_site_day(site, by=coordinator, date=OCT_11, mode=DayMode.ONLINE, start_time=dt.time(14, 0),
                 meeting_link="https://meet.example.org/auckland")

    items = apply_agenda_template(site, by=coordinator)

    assert [(i.title, i.starts_at, i.ends_at) for i in items] == [
        ("Opening", utc(2026, 10, 9, 20, 0), utc(2026, 10, 9, 20, 30)),
        ("Digital identity", utc(2026, 10, 9, 20, 30), utc(2026, 10, 9, 22, 0)),
        ("Break", utc(2026, 10, 11, 1, 0), utc(2026, 10, 11, 1, 15)),
        ("Plenary", utc(2026, 10, 11, 1, 15), utc(2026, 10, 11, 2, 0)),
    ]


def test_a_one_day_site_holds_every_day_number_on_its_day(partner, coordinator, october, two_day_template):
    site = _auckland_site(partner)

    items = apply_agenda_template(site, by=coordinator)

    assert [i.starts_at for i in items] == [
        utc(2026, 10, 9, 20, 0), utc(2026, 10, 9, 20, 30), utc(2026, 10, 9, 22, 0), utc(2026, 10, 9, 22, 15)]


def test_create_site_gives_it_the_dialogues_first_day_when_no_date_is_given(partner, coordinator, october):
    site = create_site(partner, by=coordinator, name="Lyon", mode="in_person", country="FR", time_zone="Europe/Paris",
                       languages=["fr"], local_start_time=dt.time(10, 0))

    assert [(d.date, d.start_time, d.mode) for d in site.days.all()] == [(dt.date(2026, 10, 1), dt.time(10, 0), "in_person")]


def test_create_site_refuses_a_first_day_outside_the_window(partner, coordinator, october):
    with pytest.raises(SiteError) as error:
        create_site(partner, by=coordinator, name="Lyon", mode="in_person", country="FR", time_zone="Europe/Paris",
                    languages=["fr"], local_date=dt.date(2026, 11, 2))

    assert (error.value.message, error.value.field) == (
        "2 November 2026 is outside the dialogue's window: choose a day from 1 October 2026 to 31 October 2026.",
        "local_date",
    )
    assert not partner.sites.exists()


def test_add_site_day_refuses_a_day_outside_the_window(partner, coordinator, october):
    site = _auckland_site(partner)

    with pytest.raises(SiteError) as error:
        add_site_day(site, by=coordinator, date=dt.date(2026, 9, 30))

    assert error.value.field == "date"
    assert list(site.days.values_list("date", flat=True)) == [OCT_10]


def test_add_site_day_refuses_a_second_day_on_the_same_date(partner, coordinator, october):
    site = _auckland_site(partner)

    with pytest.raises(SiteError) as error:
        add_site_day(site, by=coordinator, date=OCT_10)

    assert error.value.message == "This site already meets on 10 October 2026."


def test_add_site_day_refuses_an_online_day_without_its_link(partner, coordinator, october):
    site = _auckland_site(partner)

    with pytest.raises(SiteError) as error:
        add_site_day(site, by=coordinator, date=OCT_11, mode=DayMode.ONLINE)

    assert (error.value.message, error.value.field) == ("An online day needs its meeting link.", "meeting_link")


def test_add_site_day_is_audited_without_the_link(partner, coordinator, october):
    site = _auckland_site(partner)

    add_site_day(site, by=coordinator, date=OCT_11, mode=DayMode.ONLINE, meeting_link="https://meet.example.org/x")

    entry = AuditEntry.objects.get(action="dialogues.site.day_added")
    assert entry.data == {"date": "2026-10-11", "mode": "online"}


def test_change_site_day_moves_its_sessions_with_it(partner, coordinator, october, two_day_template):
    site = _auckland_site(partner)
    day_two = add_site_day(site, by=coordinator, date=OCT_11, start_time=dt.time(14, 0))
    apply_agenda_template(site, by=coordinator)

    change_site_day(day_two, by=coordinator, date=dt.date(2026, 10, 17), mode=DayMode.IN_PERSON, start_time=dt.time(15, 0))

    assert [i.starts_at for i in site.agenda.order_by("position")] == [
        utc(2026, 10, 9, 20, 0), utc(2026, 10, 9, 20, 30), utc(2026, 10, 17, 2, 0), utc(2026, 10, 17, 2, 15)]


def test_remove_site_day_refuses_a_day_with_sessions(partner, coordinator, october, two_day_template):
    site = _auckland_site(partner)
    day_two = add_site_day(site, by=coordinator, date=OCT_11)
    apply_agenda_template(site, by=coordinator)

    with pytest.raises(SiteError) as error:
        remove_site_day(day_two, by=coordinator)

    assert error.value.message == "Sessions are placed on this day: move them to another day first."
    assert site.days.count() == 2


def test_remove_site_day_refuses_the_only_day(partner, coordinator, october):
    site = _auckland_site(partner)

    with pytest.raises(SiteError):
        remove_site_day(site.days.get(), by=coordinator)

    assert site.days.count() == 1


def test_remove_site_day_removes_an_empty_day(partner, coordinator, october):
    site = _auckland_site(partner)
    day_two = add_site_day(site, by=coordinator, date=OCT_11)

    remove_site_day(day_two, by=coordinator)

    assert list(site.days.values_list("date", flat=True)) == [OCT_10]


def test_adjust_site_agenda_moves_a_session_to_another_day(partner, coordinator, october, agenda_template):
    site = _auckland_site(partner)
    add_site_day(site, by=coordinator, date=OCT_11)
    items = apply_agenda_template(site, by=coordinator)
    zone = site.tzinfo
    times = {i.pk: (OCT_10, i.starts_at.astimezone(zone).time(), i.ends_at.astimezone(zone).time()) for i in items}
    times[items[3].pk] = (OCT_11, dt.time(9, 0), dt.time(10, 0))

    adjust_site_agenda(site, by=coordinator, local_times=times)

    items[3].refresh_from_db()
    assert (items[3].starts_at, items[3].ends_at) == (utc(2026, 10, 10, 20, 0), utc(2026, 10, 10, 21, 0))


def test_adjust_site_agenda_refuses_a_date_that_is_not_a_site_day(partner, coordinator, october, agenda_template):
    site = _auckland_site(partner)
    items = apply_agenda_template(site, by=coordinator)
    times = {i.pk: (OCT_10, dt.time(9 + n), dt.time(9 + n, 30)) for n, i in enumerate(items)}
    times[items[0].pk] = (dt.date(2026, 10, 12), dt.time(9, 0), dt.time(9, 30))

    with pytest.raises(AgendaError) as error:
        adjust_site_agenda(site, by=coordinator, local_times=times)

    assert error.value.message == "“Opening” must be on one of this site's days."


def test_shift_site_agenda_refuses_to_push_a_session_off_its_day(partner, coordinator, october, agenda_template):
    site = _auckland_site(partner)
    apply_agenda_template(site, by=coordinator)
    before = list(site.agenda.values_list("starts_at", flat=True))

    with pytest.raises(AgendaError) as error:
        shift_site_agenda(site, by=coordinator, minutes=-600)  # 09:00 → 23:00 the day before

    assert error.value.message.startswith("“Opening” would leave its day (10 October 2026)")
    assert list(site.agenda.values_list("starts_at", flat=True)) == before

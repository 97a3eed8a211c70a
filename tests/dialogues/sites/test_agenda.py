import datetime as dt
import zoneinfo

import pytest

from dialogues.domain.agenda import adjust_site_agenda, apply_agenda_template, local_to_utc, shift_site_agenda
from dialogues.domain.errors import AgendaError
from dialogues.domain.queries.agenda import topic_session_start
from tests.factories.dialogues import SiteFactory, TopicFactory

from .conftest import utc

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 10, 24)


def _site(partner, zone, day, start="09:00", country="FR"):
    return SiteFactory(partner=partner, time_zone=zone, local_date=day, country=country,
                       local_start_time=dt.time.fromisoformat(start))


def test_apply_agenda_template_schedules_items_back_to_back_in_utc(partner, coordinator, agenda_template):
    site = _site(partner, "Europe/Paris", dt.date(2026, 10, 24))

    items = apply_agenda_template(site, by=coordinator)

    assert [(i.title, i.starts_at, i.ends_at) for i in items] == [
        ("Opening", utc(2026, 10, 24, 7, 0), utc(2026, 10, 24, 7, 30)),
        ("Digital identity", utc(2026, 10, 24, 7, 30), utc(2026, 10, 24, 9, 0)),
        ("Break", utc(2026, 10, 24, 9, 0), utc(2026, 10, 24, 9, 15)),
        ("Plenary", utc(2026, 10, 24, 9, 15), utc(2026, 10, 24, 10, 0)),
    ]


def test_apply_agenda_template_across_fall_back_keeps_real_durations(partner, coordinator, agenda_template):
    # Paris clocks go back from 03:00 CEST to 02:00 CET on 25 October 2026.
    site = _site(partner, "Europe/Paris", dt.date(2026, 10, 25), start="01:30")

    items = apply_agenda_template(site, by=coordinator)

    paris = zoneinfo.ZoneInfo("Europe/Paris")
    assert [(i.starts_at, i.ends_at) for i in items[:2]] == [
        (utc(2026, 10, 24, 23, 30), utc(2026, 10, 25, 0, 0)),
        (utc(2026, 10, 25, 0, 0), utc(2026, 10, 25, 1, 30)),
    ]
    assert [i.starts_at.astimezone(paris).strftime("%H:%M %Z") for i in items] == [
        "01:30 CEST", "02:00 CEST", "02:30 CET", "02:45 CET"]


def test_local_to_utc_refuses_a_time_skipped_by_spring_forward():
    with pytest.raises(AgendaError) as error:
        local_to_utc(dt.date(2026, 3, 29), dt.time(2, 30), zoneinfo.ZoneInfo("Europe/Paris"))

    assert error.value.message == "02:30 does not exist on 2026-03-29 in Europe/Paris: the clocks change that night."


def test_topic_session_start_is_the_utc_start_at_that_site(partner, coordinator, agenda_template):
    site = _site(partner, "America/Argentina/Buenos_Aires", dt.date(2026, 10, 24), country="FR")
    apply_agenda_template(site, by=coordinator)

    assert topic_session_start(site, agenda_template[1].topic) == utc(2026, 10, 24, 12, 30)
    assert topic_session_start(site, TopicFactory(dialogue=partner.dialogue)) is None


def test_adjust_site_agenda_saves_local_times_as_utc(partner, coordinator, agenda_template):
    site = _site(partner, "Europe/Paris", dt.date(2026, 10, 24))
    items = apply_agenda_template(site, by=coordinator)
    times = {i.pk: (DAY, i.starts_at.astimezone(site.tzinfo).time(), i.ends_at.astimezone(site.tzinfo).time()) for i in items}
    times[items[3].pk] = (DAY, dt.time(11, 30), dt.time(12, 30))

    adjust_site_agenda(site, by=coordinator, local_times=times)

    items[3].refresh_from_db()
    assert (items[3].starts_at, items[3].ends_at) == (utc(2026, 10, 24, 9, 30), utc(2026, 10, 24, 10, 30))


def test_adjust_site_agenda_refuses_an_item_ending_before_it_starts(partner, coordinator, agenda_template):
    site = _site(partner, "Europe/Paris", dt.date(2026, 10, 24))
    items = apply_agenda_template(site, by=coordinator)
    times = {i.pk: (DAY, i.starts_at.astimezone(site.tzinfo).time(), i.ends_at.astimezone(site.tzinfo).time()) for i in items}
    times[items[0].pk] = (DAY, dt.time(9, 30), dt.time(9, 0))

    with pytest.raises(AgendaError) as error:
        adjust_site_agenda(site, by=coordinator, local_times=times)

    assert error.value.message == "“Opening” ends before it starts."
    items[0].refresh_from_db()
    assert items[0].ends_at == utc(2026, 10, 24, 7, 30)


def test_adjust_site_agenda_refuses_overlapping_items(partner, coordinator, agenda_template):
    site = _site(partner, "Europe/Paris", dt.date(2026, 10, 24))
    items = apply_agenda_template(site, by=coordinator)
    times = {i.pk: (DAY, i.starts_at.astimezone(site.tzinfo).time(), i.ends_at.astimezone(site.tzinfo).time()) for i in items}
    times[items[1].pk] = (DAY, dt.time(9, 30), dt.time(11, 10))

    with pytest.raises(AgendaError) as error:
        adjust_site_agenda(site, by=coordinator, local_times=times)

    assert error.value.message == "“Digital identity” overlaps “Break”: it ends after the next item starts."


def test_shift_site_agenda_moves_every_item(partner, coordinator, agenda_template):
    site = _site(partner, "Europe/Paris", dt.date(2026, 10, 24))
    apply_agenda_template(site, by=coordinator)

    shift_site_agenda(site, by=coordinator, minutes=-30)

    assert [i.starts_at for i in site.agenda.order_by("position")][:2] == [utc(2026, 10, 24, 6, 30), utc(2026, 10, 24, 7, 0)]


def test_shift_site_agenda_refuses_zero_minutes(partner, coordinator, agenda_template):
    site = _site(partner, "Europe/Paris", dt.date(2026, 10, 24))

    with pytest.raises(AgendaError) as error:
        shift_site_agenda(site, by=coordinator, minutes=0)

    assert error.value.field == "minutes"

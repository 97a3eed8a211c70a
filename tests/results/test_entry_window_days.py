"""Result entry opens per session, on the day the site holds it: a site in Auckland
(UTC+13 in October) with one session on each of two days."""

import datetime as dt
import zoneinfo

import pytest
from django.utils import formats

from dialogues.domain.agenda import apply_agenda_template
from dialogues.domain.days import add_site_day
from results.domain import ResultRefused
from results.domain.window import check_entry_open, entry_opens_at
from tests.factories.dialogues import PartnerFactory, SiteFactory, TableFactory, TopicFactory
from tests.factories.onboarding import TopicSessionTemplateFactory

pytestmark = pytest.mark.django_db

AUCKLAND = zoneinfo.ZoneInfo("Pacific/Auckland")


def _local(day, hour, minute=0):
    return dt.datetime(2026, 10, day, hour, minute, tzinfo=AUCKLAND)


@pytest.fixture
def two_days():
    partner = PartnerFactory(countries=["NZ"])
    dialogue = partner.dialogue
    dialogue.deliberation_date, dialogue.end_date = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    dialogue.save()
    first = TopicSessionTemplateFactory(dialogue=dialogue, position=1, topic=TopicFactory(dialogue=dialogue)).topic
    second = TopicSessionTemplateFactory(dialogue=dialogue, position=2, day_number=2,
                                         topic=TopicFactory(dialogue=dialogue)).topic
    site = SiteFactory(partner=partner, country="NZ", time_zone="Pacific/Auckland", local_date=dt.date(2026, 10, 10))
    add_site_day(site, by=None, date=dt.date(2026, 10, 11), start_time=dt.time(9, 0))
    apply_agenda_template(site, by=None)
    return TableFactory(site=site), first, second


def test_each_session_opens_on_its_own_day(two_days):
    table, first, second = two_days

    assert (entry_opens_at(table, first), entry_opens_at(table, second)) == (
        _local(10, 8, 30).astimezone(dt.UTC), _local(11, 8, 30).astimezone(dt.UTC))


def test_second_days_session_is_refused_on_the_first_day(two_days):
    table, first, second = two_days
    now = _local(10, 11, 0)

    check_entry_open(table, first, now)
    with pytest.raises(ResultRefused) as refused:
        check_entry_open(table, second, now)

    opens = formats.date_format(_local(11, 8, 30), "DATETIME_FORMAT")
    assert refused.value.message == f"This session has not started yet: results can be sent from {opens} (site time)."


def test_second_days_session_opens_before_its_start_on_the_second_day(two_days):
    table, _first, second = two_days

    check_entry_open(table, second, _local(11, 8, 35))

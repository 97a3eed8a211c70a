"""Chasers for missing results: the note taker an hour after the session ended, the
partner's coordinators an hour later, each once; tables with a result are left alone."""

import datetime as dt

import pytest
from django.core import mail

from dialogues.enums import PartnerRole
from results.domain.chasers import chase_missing_results
from tests.factories.accounts import UserFactory
from tests.factories.dialogues import PartnerMembershipFactory, SiteFactory, TableFactory, TopicFactory
from tests.factories.results import ResultSubmissionFactory, schedule_session
from tests.helpers import deliver_messages
from wetheinternet.core.models import Message

pytestmark = pytest.mark.django_db

STARTS = dt.datetime(2026, 10, 24, 7, 0, tzinfo=dt.UTC)  # ends 07:45


@pytest.fixture
def session():
    site = SiteFactory(name="Lyon centre")
    topic = TopicFactory(dialogue=site.partner.dialogue, title="Digital identity")
    PartnerMembershipFactory(partner=site.partner, role=PartnerRole.COORDINATOR,
                             user=UserFactory(preferred_language="es"))
    done = TableFactory(site=site, number=1, note_taker=UserFactory())
    TableFactory(site=site, number=2, note_taker=UserFactory(preferred_language="fr"))
    TableFactory(site=site, number=3, note_taker=None)
    ResultSubmissionFactory(table=done, topic=topic)
    return schedule_session(site, topic, starts_at=STARTS)


def _at(minutes_after_end):
    return session_end() + dt.timedelta(minutes=minutes_after_end)


def session_end():
    return STARTS + dt.timedelta(minutes=45)


def test_the_note_taker_is_chased_an_hour_after_the_session_then_the_partner(session):
    counts = [chase_missing_results(_at(minutes)) for minutes in (30, 61, 70, 121, 130)]
    deliver_messages()

    assert counts == [0, 1, 0, 1, 0]
    subjects = [(message.to[0], message.subject) for message in mail.outbox]
    note_taker = session.site.tables.get(number=2).note_taker
    coordinator = session.site.partner.memberships.get().user
    assert subjects == [
        (note_taker.email, "Table 2 : les résultats de « Digital identity » manquent"),
        (coordinator.email, "Lyon centre: faltan los resultados de «Digital identity»"),
    ]
    assert "2, 3" in mail.outbox[1].body and "/es/results/sites/" in mail.outbox[1].body
    assert set(Message.objects.values_list("purpose", flat=True)) == {"results.chaser.note_taker",
                                                                     "results.chaser.partner"}


def test_a_session_that_ended_long_ago_is_not_chased(session):
    assert chase_missing_results(_at(13 * 60)) == 0

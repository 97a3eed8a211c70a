"""Fixtures shared by the result-entry and result-API tests: a started session at two
partners' sites, each with a table, a note taker and a facilitator."""

import uuid
from dataclasses import dataclass

import pytest

from tests.factories.accounts import UserFactory
from tests.factories.dialogues import SiteFactory, TableFactory
from tests.factories.results import options_of, questions_of, schedule_session, session_with_questions


@dataclass
class Setting:
    topic: object
    single: object
    multiple: object
    scale: object
    open: object
    table: object
    note_taker: object
    facilitator: object
    coordinator: object
    other_table: object
    other_note_taker: object
    other_coordinator: object


@pytest.fixture
def setting(two_partners):
    first, second = two_partners
    topic = session_with_questions(first.dialogue)
    single, multiple, scale, open_ = questions_of(topic)
    note_taker, facilitator, other_note_taker = UserFactory(), UserFactory(), UserFactory()
    table = TableFactory(site=SiteFactory(partner=first), capacity=6, note_taker=note_taker, facilitator=facilitator)
    other_table = TableFactory(site=SiteFactory(partner=second, country="KE", time_zone="Africa/Nairobi"),
                               capacity=6, note_taker=other_note_taker)
    schedule_session(table.site, topic)
    schedule_session(other_table.site, topic)
    return Setting(
        topic, single, multiple, scale, open_, table, note_taker, facilitator,
        first.memberships.get().user, other_table, other_note_taker, second.memberships.get().user,
    )


def counts_payload(setting, present=5, **overrides):
    """A valid show-of-hands payload: 3/1/1 on the single, 2 and 1 on the multiple, 4/1 on the scale."""
    single, multiple, scale = (options_of(q) for q in (setting.single, setting.multiple, setting.scale))
    payload = {
        "people_present": present,
        "entry_mode": "counts",
        "counts": [
            {"question": setting.single.pk, "option": single[0].pk, "count": 3},
            {"question": setting.single.pk, "option": single[1].pk, "count": 1},
            {"question": setting.single.pk, "option": None, "count": 1},
            {"question": setting.multiple.pk, "option": multiple[0].pk, "count": 2},
            {"question": setting.multiple.pk, "option": multiple[2].pk, "count": 1},
            {"question": setting.scale.pk, "option": scale[0].pk, "count": 4},
            {"question": setting.scale.pk, "option": scale[1].pk, "count": 1},
        ],
        "open_answers": [
            {"question": setting.open.pk, "text": "Public identity without tracking", "rank": 1},
            {"question": setting.open.pk, "text": "Teach digital skills at school", "rank": None},
        ],
    }
    return payload | overrides


def ballots_payload(setting, seats=(1, 2, 3)):
    """Ballots for ``seats``: everyone picks the first option, seat 1 abstains on the single."""
    single, multiple, scale = (options_of(q) for q in (setting.single, setting.multiple, setting.scale))
    ballots = []
    for seat in seats:
        ballots.append({"seat": seat, "answers": [
            {"question": setting.single.pk, "options": [] if seat == 1 else [single[0].pk]},
            {"question": setting.multiple.pk, "options": [multiple[0].pk, multiple[1].pk]},
            {"question": setting.scale.pk, "options": [scale[2].pk]},
        ]})
    return {"people_present": len(seats), "entry_mode": "ballots", "ballots": ballots, "counts": [], "open_answers": []}


def new_id():
    return uuid.uuid4()

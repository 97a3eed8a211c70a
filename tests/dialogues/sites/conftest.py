import datetime as dt

import pytest

from dialogues.enums import AgendaItemKind
from tests.factories.dialogues import TopicFactory
from tests.factories.onboarding import AgendaTemplateItemFactory


@pytest.fixture
def agenda_template(partner):
    """Opening 30 min, a topic session 90 min, a break 15 min, a plenary 45 min."""
    dialogue = partner.dialogue
    topic = TopicFactory(dialogue=dialogue, title="Digital identity")
    return [
        AgendaTemplateItemFactory(dialogue=dialogue, position=1, kind=AgendaItemKind.OPENING, title="Opening",
                                  duration_minutes=30),
        AgendaTemplateItemFactory(dialogue=dialogue, position=2, kind=AgendaItemKind.TOPIC_SESSION, topic=topic,
                                  title="Digital identity", duration_minutes=90),
        AgendaTemplateItemFactory(dialogue=dialogue, position=3, kind=AgendaItemKind.BREAK, title="Break",
                                  duration_minutes=15),
        AgendaTemplateItemFactory(dialogue=dialogue, position=4, kind=AgendaItemKind.PLENARY, title="Plenary",
                                  duration_minutes=45),
    ]


def utc(*args):
    return dt.datetime(*args, tzinfo=dt.UTC)

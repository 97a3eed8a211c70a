"""Factories for partner onboarding and site agendas."""

import datetime as dt

import factory

from dialogues.enums import AgendaItemKind
from dialogues.models import AgendaTemplateItem, PartnerApplication, ScheduledItem, TrainingAttempt

from .accounts import UserFactory
from .dialogues import DialogueFactory, PartnerFactory, SiteFactory, TopicFactory


class AgendaTemplateItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaTemplateItem

    dialogue = factory.SubFactory(DialogueFactory)
    position = factory.Sequence(lambda n: n + 1)
    kind = AgendaItemKind.PLENARY
    title = factory.Sequence(lambda n: f"Agenda item {n}")
    duration_minutes = 60


class TopicSessionTemplateFactory(AgendaTemplateItemFactory):
    kind = AgendaItemKind.TOPIC_SESSION
    topic = factory.SubFactory(TopicFactory, dialogue=factory.SelfAttribute("..dialogue"))


class ScheduledItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScheduledItem

    site = factory.SubFactory(SiteFactory)
    position = factory.Sequence(lambda n: n + 1)
    kind = AgendaItemKind.PLENARY
    title = factory.Sequence(lambda n: f"Scheduled item {n}")
    starts_at = dt.datetime(2026, 10, 24, 7, 0, tzinfo=dt.UTC)
    ends_at = factory.LazyAttribute(lambda item: item.starts_at + dt.timedelta(hours=1))


class PartnerApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerApplication

    partner = factory.SubFactory(PartnerFactory, state="applied")
    coordinator_name = "Ada Coordinator"
    coordinator_email = factory.Sequence(lambda n: f"applicant{n}@example.org")
    motivation = "We run digital-skills clubs."


class TrainingAttemptFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingAttempt

    partner = factory.SubFactory(PartnerFactory)
    user = factory.SubFactory(UserFactory)
    score = 5
    question_count = 5
    passed = True

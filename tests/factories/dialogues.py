import datetime as dt

import factory

from dialogues.enums import PartnerRole, QuestionKind, QuestionMode
from dialogues.models import Dialogue, Option, Partner, PartnerMembership, Question, Site, Table, Topic

from .accounts import UserFactory


class DialogueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Dialogue
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Dialogue {n}")
    slug = factory.Sequence(lambda n: f"dialogue-{n}")
    deliberation_date = dt.date(2026, 10, 24)
    status = "deliberation"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    dialogue = factory.SubFactory(DialogueFactory)
    code = factory.Sequence(lambda n: f"topic-{n}")
    position = factory.Sequence(int)
    title = factory.Sequence(lambda n: f"Topic {n}")


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    topic = factory.SubFactory(TopicFactory)
    code = factory.Sequence(lambda n: f"q-{n}")
    position = factory.Sequence(int)
    text = factory.Sequence(lambda n: f"Question {n}?")
    kind = QuestionKind.SINGLE_CHOICE
    mode = QuestionMode.INDIVIDUAL


class OptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Option

    question = factory.SubFactory(QuestionFactory)
    code = factory.Sequence(lambda n: f"option-{n}")
    position = factory.Sequence(int)
    label = factory.Sequence(lambda n: f"Option {n}")


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    dialogue = factory.SubFactory(DialogueFactory)
    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    countries = ["FR"]
    state = "ready"


class PartnerMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerMembership

    partner = factory.SubFactory(PartnerFactory)
    user = factory.SubFactory(UserFactory)
    role = PartnerRole.COORDINATOR


class SiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Site

    partner = factory.SubFactory(PartnerFactory)
    name = factory.Sequence(lambda n: f"Site {n}")
    country = "FR"
    city = "Lyon"
    time_zone = "Europe/Paris"
    languages = ["fr"]


class TableFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Table

    site = factory.SubFactory(SiteFactory)
    number = factory.Sequence(lambda n: n + 1)
    language = "fr"

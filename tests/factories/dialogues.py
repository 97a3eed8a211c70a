import datetime as dt

import factory

from dialogues.enums import PartnerRole, QuestionKind, QuestionMode
from dialogues.models import Dialogue, Option, Partner, PartnerMembership, Question, Site, SiteDay, Table, Topic

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

    @classmethod
    def _create(cls, model_class, *args, local_date=None, local_start_time=dt.time(9, 0), meeting_link="", days=True, **kwargs):
        """A site with its first day, as the site form makes it (an empty date: the
        dialogue's first day); ``days=False`` for a site with no day yet."""
        site = super()._create(model_class, *args, **kwargs)
        if days:
            SiteDay.objects.create(
                site=site, date=local_date or site.partner.dialogue.first_day, start_time=local_start_time,
                meeting_link=meeting_link, mode="online" if site.mode == "online" else "in_person",
            )
        return site


class SiteDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SiteDay

    site = factory.SubFactory(SiteFactory)
    date = factory.LazyAttribute(lambda day: day.site.partner.dialogue.first_day + dt.timedelta(days=1))
    start_time = dt.time(9, 0)


class TableFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Table

    site = factory.SubFactory(SiteFactory)
    number = factory.Sequence(lambda n: n + 1)
    language = "fr"

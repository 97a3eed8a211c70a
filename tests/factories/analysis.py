import factory

from analysis.models import DecisionMaker, Recommendation, Theme

from .accounts import UserFactory
from .dialogues import DialogueFactory


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Theme {n}")
    description = "What the answers under this theme ask for."


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation

    dialogue = factory.SubFactory(DialogueFactory)
    title = factory.Sequence(lambda n: f"Recommendation {n}")
    text = "Decision makers should act on what citizens asked for."


class DecisionMakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DecisionMaker

    user = factory.SubFactory(UserFactory)
    dialogue = factory.SubFactory(DialogueFactory)
    name = factory.Sequence(lambda n: f"Decision maker {n}")
    institution = "Ministry of Digital Affairs"
    country = "FR"

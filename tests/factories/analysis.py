import factory

from analysis.models import DecisionMaker, EvaluationChoice, EvaluationQuestion, Questionnaire, Recommendation, Theme
from dialogues.enums import QuestionKind

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


def evaluation_questionnaire(dialogue, audience, **fields):
    """A questionnaire with one question of each kind: single choice (Yes/No), multiple
    choice (three), scale 1–5, open text."""
    questionnaire = Questionnaire.objects.create(dialogue=dialogue, audience=audience,
                                                 title_en=fields.pop("title", "How was it?"),
                                                 title_fr="Comment était-ce ?", **fields)
    single = EvaluationQuestion.objects.create(questionnaire=questionnaire, position=0,
                                               kind=QuestionKind.SINGLE_CHOICE, text_en="Would you take part again?",
                                               text_fr="Participeriez-vous de nouveau ?")
    for position, (en, fr) in enumerate([("Yes", "Oui"), ("No", "Non")]):
        EvaluationChoice.objects.create(question=single, position=position, label_en=en, label_fr=fr)
    multiple = EvaluationQuestion.objects.create(questionnaire=questionnaire, position=1,
                                                 kind=QuestionKind.MULTIPLE_CHOICE, text_en="What helped you?")
    for position, label in enumerate(["Booklet", "Video", "Facilitator"]):
        EvaluationChoice.objects.create(question=multiple, position=position, label_en=label)
    EvaluationQuestion.objects.create(questionnaire=questionnaire, position=2, kind=QuestionKind.SCALE,
                                      text_en="How well informed do you feel?", scale_max=5)
    EvaluationQuestion.objects.create(questionnaire=questionnaire, position=3, kind=QuestionKind.OPEN_TEXT,
                                      text_en="Anything else?")
    return questionnaire

import io

import pytest
from django.core.management import call_command

from analysis.models import AnswerTranslation, EvaluationSubmission, EvaluationToken, Recommendation, Theme, ThemeTag
from reports.models import DisseminationKit

pytestmark = pytest.mark.django_db


def test_seed_demo_has_themes_tags_a_translation_and_a_recommendation_with_two_responses():
    call_command("seed_demo", stdout=io.StringIO())

    recommendation = Recommendation.objects.get(dialogue__slug="demo")
    assert Theme.objects.filter(question__topic__dialogue__slug="demo").count() == 4
    assert ThemeTag.objects.count() > 0
    assert AnswerTranslation.objects.filter(language="fr").count() == 1
    assert sorted(recommendation.responses.values_list("position", flat=True)) == ["considering", "will_act"]
    assert recommendation.responses.get(position="will_act").follow_ups.count() == 1
    assert EvaluationSubmission.objects.filter(questionnaire__dialogue__slug="demo").count() == 6
    assert EvaluationToken.objects.filter(used=True).count() == 6 and EvaluationToken.objects.count() == 10
    kits = DisseminationKit.objects.filter(dialogue__slug="demo")
    assert kits.filter(area="world", language="en", state="queued").exists()  # built by the worker of make run
    assert set(kits.values_list("language", flat=True)) == {"en"}

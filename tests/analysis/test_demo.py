import io

import pytest
from django.core.management import call_command

from analysis.models import AnswerTranslation, EvaluationSubmission, EvaluationToken, Recommendation, Theme, ThemeTag
from dialogues.domain.queries.onboarding import checklist_items
from dialogues.models import Material, Partner
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
    demo = EvaluationSubmission.objects.filter(questionnaire__dialogue__slug="demo")
    assert (
        demo.filter(questionnaire__audience="participants_after").count(),
        demo.filter(questionnaire__audience="participants_before").count(),
    ) == (6, 8)
    assert EvaluationToken.objects.filter(used=True).count() == 14 and EvaluationToken.objects.count() == 18
    kits = DisseminationKit.objects.filter(dialogue__slug="demo")
    assert kits.filter(area="world", language="en", state="queued").exists()  # built by the worker of make run
    assert set(kits.values_list("language", flat=True)) == {"en"}


def test_seed_demo_has_information_materials_that_partners_confirmed():
    call_command("seed_demo", stdout=io.StringIO())

    booklet = Material.objects.unscoped("test").get(dialogue__slug="demo", kind="booklet")
    current = booklet.versions.first()
    ready = Partner.objects.unscoped("test").get(dialogue__slug="demo", name="Citoyens du Numérique")
    assert Material.objects.unscoped("test").filter(dialogue__slug="demo").count() == 4
    assert (current.number, sorted(current.files.values_list("language", flat=True))) == (2, ["en", "fr"])
    assert current.files.get(language="en").file.file.read().startswith(b"%PDF-1.4")
    assert next(item for item in checklist_items(ready) if item.code == "materials").done is True

import pytest

from analysis.domain.errors import AnalysisError
from analysis.domain.queries import open_questions
from analysis.domain.tagging import tag_answers
from analysis.models import ThemeTag
from reports.enums import ReviewState
from tests.factories.analysis import ThemeFactory


def test_tag_answers_tags_every_ticked_answer_with_every_chosen_theme(tiny, answers, themes, analyst):
    ids = [review.pk for review in answers[:5]]

    added = tag_answers(tiny, review_ids=ids, theme_ids=[t.pk for t in themes], by=analyst)

    assert added == 10
    assert sorted(ThemeTag.objects.filter(theme=themes[0]).values_list("review_id", flat=True)) == sorted(ids)
    assert sorted(ThemeTag.objects.filter(theme=themes[1]).values_list("review_id", flat=True)) == sorted(ids)


def test_tag_answers_twice_adds_nothing_and_remove_takes_the_tags_away(tiny, answers, themes, analyst):
    ids = [review.pk for review in answers[:3]]
    tag_answers(tiny, review_ids=ids, theme_ids=[themes[0].pk], by=analyst)

    again = tag_answers(tiny, review_ids=ids, theme_ids=[themes[0].pk], by=analyst)
    removed = tag_answers(tiny, review_ids=ids[:2], theme_ids=[themes[0].pk], by=analyst, remove=True)

    assert again == 0
    assert removed == 2
    assert list(ThemeTag.objects.values_list("review_id", flat=True)) == [ids[2]]


def test_tag_answers_never_tags_an_answer_waiting_for_review(tiny, answers, themes, analyst):
    pending = answers[0]
    pending.state = ReviewState.PENDING
    pending.save()

    added = tag_answers(tiny, review_ids=[pending.pk, answers[1].pk], theme_ids=[themes[0].pk], by=analyst)

    assert added == 1
    assert list(ThemeTag.objects.values_list("review_id", flat=True)) == [answers[1].pk]


def test_a_theme_of_another_question_is_refused(tiny, answers, analyst):
    other = ThemeFactory(question=open_questions(tiny)[1])

    with pytest.raises(AnalysisError) as refused:
        tag_answers(tiny, review_ids=[answers[0].pk], theme_ids=[other.pk], by=analyst)

    assert str(refused.value.message) == "None of the ticked answers belongs to the question of these themes."
    assert ThemeTag.objects.count() == 0

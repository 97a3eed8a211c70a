"""Comparisons: a dialogue's released figures beside its main dialogue's released ones,
question by question on matching codes, both bases shown, small numbers hidden."""

import pytest
from django.template.loader import render_to_string

from dialogues.domain.copying import copy_dialogue
from dialogues.models import Question, Table
from reports.domain import comparisons
from reports.domain.comparisons import HIDDEN, comparison_chapter, dialogue_comparison
from reports.domain.content import report_context
from reports.domain.cube import Cube
from reports.domain.releases import latest_release
from reports.enums import WORLD
from tests.factories.demonstrations import event_with_results, started_event
from tests.factories.dialogues import TableFactory
from tests.factories.reports import small_dialogue
from tests.factories.results import submit_counts

pytestmark = pytest.mark.django_db


def test_copy_of_another_kind_is_compared_with_its_citizens_source(staff_user):
    main = small_dialogue()

    stakeholders = copy_dialogue(
        main, by=staff_user, slug="st", name="Stakeholders", first_day=main.first_day, kind="stakeholders"
    )
    mirror_of_copy = copy_dialogue(
        stakeholders, by=staff_user, slug="mi", name="Mirror", first_day=main.first_day, kind="mirror"
    )
    next_round = copy_dialogue(main, by=staff_user, slug="next", name="Next", first_day=main.first_day)

    assert stakeholders.compared_with == main
    assert mirror_of_copy.compared_with == main
    assert next_round.compared_with is None


def test_demonstration_figures_sit_beside_the_main_released_figures_on_the_same_codes():
    main = small_dialogue()
    dialogue, _site, _organiser = event_with_results(main, k=3)

    comparison = dialogue_comparison(dialogue)

    main_cube = Cube(main)
    room_cube = Cube(dialogue)
    assert comparison.main == main and comparison.release == latest_release(dialogue)
    assert [q.code for q in comparison.matched] == [q.code for q in main_cube.questions]
    first = comparison.matched[0]
    main_row = main_cube.figures[first.main_question.pk].get(WORLD)
    room_row = room_cube.figures[first.question.pk].get(WORLD)
    assert first.main_base == main_row.base
    assert first.base == room_row.base
    assert [a.main.share for a in first.answers] == list(main_row.shares)
    assert [a.ours.share for a in first.answers] == list(room_row.shares)
    assert first.base is not None and first.base <= 20 + 3  # 20 people, perturbed by at most 3


def test_main_figures_are_read_from_its_release_never_from_results_as_they_arrive(staff_user):
    main = small_dialogue()
    dialogue, _site, _organiser = event_with_results(main, k=3)
    before = dialogue_comparison(dialogue)
    site = Table.objects.filter(site__partner__dialogue=main).first().site
    submit_counts(main, TableFactory(site=site, number=901), people=40)  # counted in main, not released
    comparisons._main_cubes.clear()  # no cube kept from before: the figures are read again

    after = dialogue_comparison(dialogue)

    assert [(q.main_base, [a.main for a in q.answers]) for q in after.questions] == [
        (q.main_base, [a.main for a in q.answers]) for q in before.questions
    ]


def test_a_room_under_k_shows_no_figure_of_its_own():
    main = small_dialogue()
    dialogue, _site, _organiser = event_with_results(main, k=30)  # 20 people, k = 30

    comparison = dialogue_comparison(dialogue)

    assert comparison.matched
    assert all(q.base is None for q in comparison.questions)
    assert all(a.ours == HIDDEN for q in comparison.questions for a in q.answers)
    assert any(a.main.share is not None for q in comparison.questions for a in q.answers)


def test_question_the_main_dialogue_did_not_ask_is_listed_apart():
    main = small_dialogue()
    dialogue, _site, _organiser = started_event(main, k=3)
    question = Question.objects.filter(topic__dialogue=dialogue).exclude(kind="open_text").first()
    Question.objects.filter(pk=question.pk).update(code="room-only")

    comparison = dialogue_comparison(dialogue)

    assert [q.code for q in comparison.unmatched] == ["room-only"]
    assert comparison.release is None  # nothing released yet: the room shows nothing
    assert all(q.base is None for q in comparison.questions)


def test_no_comparison_for_a_dialogue_compared_with_none():
    main = small_dialogue()

    assert dialogue_comparison(main) is None
    assert comparison_chapter(Cube(main), "global", WORLD) is None


def test_report_chapter_of_a_released_demonstration_holds_the_comparison():
    main = small_dialogue()
    dialogue, _site, _organiser = event_with_results(main, k=3)

    cube = Cube(dialogue)
    chapter = comparison_chapter(cube, "global", WORLD)
    html = render_to_string("reports/pdf/report.html", report_context(cube, "global", WORLD))

    assert chapter["template"] == "reports/pdf/_comparison.html"
    assert chapter["comparison"].main == main
    assert len(chapter["comparison"].matched) == len(Cube(main).questions)
    assert f"Beside {main.name}" in html
    assert html.count('data-base="main"') == len(Cube(main).questions)

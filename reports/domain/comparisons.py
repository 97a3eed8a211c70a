"""Comparisons: a dialogue's published figures beside its main dialogue's, question by
question on matching question codes, with both bases (mirror, stakeholder and
demonstration dialogues beside the main Deliberation Day).

Both sides are the figures of a release, read through ``Cube`` (disclosure control
applied, each dialogue with its own threshold k): the main dialogue's *latest release*
only, never its results as they arrive; this dialogue's latest release too. A hidden
figure stays hidden (``None``); a share is shown only where its count and base are
published. Nothing here reads people or personal data of either dialogue.

Which dialogue is the main one: ``Dialogue.compared_with`` (set by ``copy_dialogue``
for a copy of another kind than citizens', or by staff in the console)."""

from dataclasses import dataclass

from ..enums import WORLD
from .build import cube_for, dialogue_fingerprint
from .cube import Cube
from .releases import latest_release

TEMPLATE = "reports/pdf/_comparison.html"


@dataclass(frozen=True)
class Side:
    """One dialogue's published figure of one answer: count and share (``None`` when hidden)."""

    count: object
    share: object


HIDDEN = Side(None, None)


@dataclass(frozen=True)
class ComparedAnswer:
    code: str
    label: str
    ours: Side
    main: Side


@dataclass(frozen=True)
class ComparedQuestion:
    question: object
    main_question: object  # None when the main dialogue has no current closed question of this code
    answers: tuple
    base: object  # this dialogue's published base (None when hidden or nothing released)
    main_base: object

    @property
    def code(self):
        return self.question.code


@dataclass(frozen=True)
class Comparison:
    dialogue: object
    main: object
    release: object
    main_release: object
    k: int
    main_k: int
    questions: tuple

    @property
    def matched(self):
        return [question for question in self.questions if question.main_question is not None]

    @property
    def unmatched(self):
        return [question for question in self.questions if question.main_question is None]


def main_dialogue_of(dialogue):
    """The dialogue ``dialogue`` is compared with, or None."""
    main = dialogue.compared_with
    if main is None or main.pk == dialogue.pk:
        return None
    return main


def _side(figures, index):
    if figures is None or figures.suppressed:
        return HIDDEN
    return Side(figures.counts[index], figures.shares[index])


def _compare_question(question, columns, figures, main_figures):
    """One question: each of our answers (by option code, then no answer) beside the
    main dialogue's answer of the same code."""
    main_columns = {column.code: index for index, column in enumerate(main_figures.columns)} if main_figures else {}
    main_row = main_figures.get(WORLD) if main_figures else None
    answers = []
    for index, column in enumerate(columns):
        main_index = main_columns.get(column.code)
        main_side = _side(main_row, main_index) if main_index is not None else HIDDEN
        answers.append(ComparedAnswer(column.code, str(column.label), _side(figures, index), main_side))
    return ComparedQuestion(
        question=question,
        main_question=main_figures.question if main_figures else None,
        answers=tuple(answers),
        base=None if figures is None else figures.base,
        main_base=None if main_row is None else main_row.base,
    )


def compare(cube, main_cube, *, area=WORLD):
    """``cube``'s figures for ``area`` (by default all its countries) beside
    ``main_cube``'s world figures, for every closed question of ``cube`` (matched on
    the question's code; answers matched on the option's code, "no answer" on its own)."""
    main_by_code = {question.code: main_cube.figures[question.pk] for question in main_cube.questions}
    questions = []
    for question in cube.questions:
        question_figures = cube.figures[question.pk]
        questions.append(
            _compare_question(
                question, question_figures.columns, question_figures.get(area), main_by_code.get(question.code)
            )
        )
    return Comparison(
        dialogue=cube.dialogue,
        main=main_cube.dialogue,
        release=cube.release,
        main_release=main_cube.release,
        k=cube.k,
        main_k=main_cube.k,
        questions=tuple(questions),
    )


def dialogue_comparison(dialogue, *, area=WORLD):
    """The comparison of ``dialogue`` with its main dialogue (both latest releases), or
    None when it is compared with none. Cubes come from ``cube_for`` (one per dialogue
    state per process)."""
    main = main_dialogue_of(dialogue)
    if main is None:
        return None
    cube = cube_for(dialogue, dialogue_fingerprint(dialogue))
    main_cube = _main_cube(main)
    return compare(cube, main_cube, area=area)


_main_cubes = {}


def _main_cube(main):
    """The main dialogue's cube of its latest release, one per process and main
    dialogue state (``cube_for`` keeps the compared dialogue's; a plenary screen asks
    every few seconds and a worker builds many reports, so the main one is kept too)."""
    key = (main.pk, dialogue_fingerprint(main))
    if key not in _main_cubes:
        _main_cubes.clear()
        _main_cubes[key] = Cube(main)
    return _main_cubes[key]


# --- the report chapter (reports.domain.chapters) ---------------------------------------


def comparison_chapter(cube, scope, area):
    """The report's "Beside the main dialogue" chapter: the report's area beside the
    main dialogue's world figures, or None for a dialogue compared with none, or before
    either side has released anything."""
    main = main_dialogue_of(cube.dialogue)
    if main is None or cube.release is None:
        return None
    main_cube = _main_cube(main)
    if main_cube.release is None:
        return None
    comparison = compare(cube, main_cube, area=area)
    if not comparison.matched:
        return None
    return {"template": TEMPLATE, "comparison": comparison}


def comparison_fingerprint(dialogue):
    """What the chapter is made of: the main dialogue and its latest release."""
    main = main_dialogue_of(dialogue)
    if main is None:
        return None
    release = latest_release(main)
    return (main.pk, release.pk if release else None, main.anonymity_threshold)

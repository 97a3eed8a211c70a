"""What the entry form template shows: each field with its name, the value to show and
its messages, so the template stays a plain loop."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from dialogues.enums import QuestionKind

from ..domain.questions import open_answer_limit
from ..enums import EntryMode
from .form import BLANK


@dataclass
class Field:
    name: str
    values: list
    errors: list = field(default_factory=list)

    @property
    def value(self):
        return self.values[0] if self.values else ""

    @property
    def html_id(self):
        return "f-" + self.name.replace(".", "-")


@dataclass
class Choice:
    value: str
    label: str
    selected: bool


@dataclass
class Cell(Field):
    question: object = None
    choices: list = field(default_factory=list)
    multiple: bool = False


@dataclass
class SeatRow:
    seat: int
    cells: list


@dataclass
class CountBlock:
    question: object
    errors: list
    fields: list  # (label, Field)

    @property
    def key(self):
        return f"count.{self.question.pk}"

    @property
    def html_id(self):
        return f"f-count-{self.question.pk}"


@dataclass
class OpenBlock:
    question: object
    errors: list
    rows: list  # (number, text Field, rank Field)

    @property
    def key(self):
        return f"open.{self.question.pk}"

    @property
    def html_id(self):
        return f"f-open-{self.question.pk}"


@dataclass
class EntryLayout:
    mode: str
    people_present: Field
    top_errors: list
    seats: list
    count_blocks: list
    open_blocks: list
    closed_questions: list

    @property
    def is_counts(self):
        return self.mode == EntryMode.COUNTS


def _choices(question, selected):
    choices = [Choice(str(option.pk), option.label, str(option.pk) in selected) for option in question.options.all()]
    if question.allows_abstention:
        choices.append(Choice(BLANK, str(_("Abstained or blank")), BLANK in selected))
    return choices


def entry_layout(table, questions, mode, values, errors):
    """Build the layout from ``values`` (name -> list of strings) and ``errors`` (name -> messages)."""

    def make(name):
        return Field(name, values.get(name, []), errors.get(name, []))

    seats = []
    if mode == EntryMode.BALLOTS:
        for seat in range(1, table.capacity + 1):
            cells = []
            for question in questions.closed:
                name = f"ballot.{seat}.{question.pk}"
                selected = set(values.get(name, []))
                cells.append(
                    Cell(name, list(selected), errors.get(name, []), question=question,
                         choices=_choices(question, selected), multiple=question.kind == QuestionKind.MULTIPLE_CHOICE)
                )
            seats.append(SeatRow(seat, cells))
    count_blocks = []
    if mode == EntryMode.COUNTS:
        for question in questions.closed:
            fields = [(option.label, make(f"count.{question.pk}.{option.pk}")) for option in question.options.all()]
            if question.allows_abstention:
                fields.append((_("Abstained or blank"), make(f"count.{question.pk}.{BLANK}")))
            count_blocks.append(CountBlock(question, errors.get(f"count.{question.pk}", []), fields))
    open_blocks = [
        OpenBlock(
            question,
            errors.get(f"open.{question.pk}", []),
            [
                (n, make(f"open.{question.pk}.{n}.text"), make(f"open.{question.pk}.{n}.rank"))
                for n in range(1, open_answer_limit(question) + 1)
            ],
        )
        for question in questions.open
    ]
    top_keys = ("client_id", "replaces", "ballots", "counts", "entry_mode")
    top_errors = [message for key in top_keys for message in errors.get(key, [])]
    top_errors += [m for key, ms in errors.items() if key.startswith("ballot.") and key.count(".") == 1 for m in ms]
    return EntryLayout(mode, make("people_present"), top_errors, seats, count_blocks, open_blocks, questions.closed)

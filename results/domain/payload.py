"""Checking a result's content against the session's questions and the table.

The input is plain data (already type-checked by the form parser or the API serializer):

    {"people_present": 6, "entry_mode": "ballots" | "counts",
     "ballots": [{"seat": 1, "answers": [{"question": 12, "options": [40]}]}],
     "counts": [{"question": 12, "option": 40 | None, "count": 3}],
     "open_answers": [{"question": 15, "text": "...", "rank": 1 | None}]}

Error keys name the field, and the entry form uses the same keys as input names:
``people_present``, ``ballots``, ``ballot.<seat>``, ``ballot.<seat>.<question>``,
``count.<question>``, ``count.<question>.<option|blank>``, ``open.<question>``,
``open.<question>.<n>`` and ``open.<question>.<n>.rank``."""

from collections import defaultdict
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from dialogues.enums import QuestionKind
from wetheinternet.core.input import control_character_error

from ..enums import EntryMode
from . import messages
from .errors import ResultInvalid
from .questions import MAX_OPEN_ANSWER_LENGTH, open_answer_limit


@dataclass(frozen=True)
class CleanResult:
    people_present: int
    entry_mode: str
    ballots: tuple  # ((seat, ((question_id, (option_id, ...)), ...)), ...); no option: blank
    counts: tuple  # ((question_id, option_id or None, count), ...), for both modes
    open_answers: tuple  # ((question_id, text, rank or None), ...)

    def as_canonical(self):
        return {
            "people_present": self.people_present,
            "entry_mode": self.entry_mode,
            "ballots": [[seat, [[q, list(o)] for q, o in answers]] for seat, answers in self.ballots],
            "counts": [list(row) for row in self.counts],
            "open_answers": [list(row) for row in self.open_answers],
        }


class _Errors(defaultdict):
    def __init__(self):
        super().__init__(list)

    def add(self, key, message):
        self[key].append(message)


def count_key(question_id, option_id):
    return f"count.{question_id}.{option_id if option_id is not None else 'blank'}"


def clean_result(table, questions, data):
    """Return a CleanResult or raise ResultInvalid with a message per field."""
    errors = _Errors()
    present = data["people_present"]
    if present > table.capacity:
        errors.add("people_present", messages.present_over_capacity(table.capacity))
    mode = data["entry_mode"]
    if mode == EntryMode.BALLOTS:
        if data.get("counts"):
            errors.add("counts", _("With individual ballots the counts are worked out from the ballots: leave them out."))
        ballots = _clean_ballots(table, questions, data.get("ballots", []), present, errors)
        counts = _counts_from_ballots(questions, ballots)
    else:
        if data.get("ballots"):
            errors.add("ballots", _("A show of hands has no individual ballots: leave them out."))
        ballots = ()
        counts = _clean_counts(questions, data.get("counts", []), present, errors)
    open_answers = _clean_open_answers(questions, data.get("open_answers", []), errors)
    if errors:
        raise ResultInvalid(dict(errors))
    return CleanResult(present, mode, ballots, counts, open_answers)


def _clean_ballots(table, questions, raw_ballots, present, errors):
    if len(raw_ballots) > present:
        errors.add(
            "ballots",
            messages.BALLOTS_OVER_PRESENT % {"ballots": len(raw_ballots), "present": present},
        )
    ballots, seats = [], set()
    for raw in raw_ballots:
        seat = raw["seat"]
        if not 1 <= seat <= table.capacity or seat in seats:
            errors.add(f"ballot.{seat}", _("Seat %(seat)s is not a free seat of this table.") % {"seat": seat})
            continue
        seats.add(seat)
        answers = {}
        for answer in raw["answers"]:
            question_id, options = answer["question"], tuple(dict.fromkeys(answer["options"]))
            key = f"ballot.{seat}.{question_id}"
            if question_id in answers:
                errors.add(key, _("This question is answered twice on the same ballot."))
            elif _check_choice(questions, question_id, options, key, errors):
                answers[question_id] = options
        for question in questions.closed:
            if question.pk not in answers:
                if not question.allows_abstention and f"ballot.{seat}.{question.pk}" not in errors:
                    errors.add(f"ballot.{seat}.{question.pk}", str(messages.NEEDS_ANSWER))
                answers[question.pk] = ()
        ordered = tuple((q.pk, tuple(sorted(answers[q.pk]))) for q in questions.closed)
        ballots.append((seat, ordered))
    return tuple(sorted(ballots))


def _check_choice(questions, question_id, options, key, errors):
    question = questions.closed_by_id(question_id)
    if question is None:
        errors.add(key, _("This is not a closed question of this session."))
        return False
    foreign = [option for option in options if option not in questions.option_ids[question_id]]
    if foreign:
        errors.add(key, _("This answer is not one of the question's options."))
        return False
    if not options and not question.allows_abstention:
        errors.add(key, _("This question needs an answer: it does not allow abstention."))
    elif len(options) > questions.most_choices(question):
        errors.add(key, messages.too_many_options(questions.most_choices(question)))
    return True


def _counts_from_ballots(questions, ballots):
    totals = defaultdict(int)
    for _seat, answers in ballots:
        for question_id, options in answers:
            for option in options or (None,):
                totals[(question_id, option)] += 1
    rows = []
    for question in questions.closed:
        keys = list(questions.option_order[question.pk]) + ([None] if question.allows_abstention else [])
        rows.extend((question.pk, option, totals.get((question.pk, option), 0)) for option in keys)
    return tuple(rows)


def _clean_counts(questions, raw_counts, present, errors):
    given = {}
    for row in raw_counts:
        question_id, option_id, count = row["question"], row["option"], row["count"]
        key = count_key(question_id, option_id)
        question = questions.closed_by_id(question_id)
        if question is None:
            errors.add(key, _("This is not a closed question of this session."))
        elif option_id is None and not question.allows_abstention:
            errors.add(key, _("This question does not allow abstention."))
        elif option_id is not None and option_id not in questions.option_ids[question_id]:
            errors.add(key, _("This answer is not one of the question's options."))
        elif (question_id, option_id) in given:
            errors.add(key, _("This option is counted twice."))
        elif count < 0:
            errors.add(key, str(messages.WHOLE_NUMBER))
        else:
            given[(question_id, option_id)] = count
    rows = []
    for question in questions.closed:
        keys = list(questions.option_order[question.pk]) + ([None] if question.allows_abstention else [])
        counts = [(option, given.get((question.pk, option), 0)) for option in keys]
        _check_question_counts(question, counts, present, errors)
        rows.extend((question.pk, option, count) for option, count in counts)
    return tuple(rows)


def _check_question_counts(question, counts, present, errors):
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        for option, count in counts:
            if count > present:
                errors.add(
                    count_key(question.pk, option),
                    messages.OPTION_OVER_PRESENT % {"count": count, "present": present},
                )
        return
    total = sum(count for _option, count in counts)
    if total > present:
        errors.add(
            f"count.{question.pk}",
            messages.COUNTS_OVER_PRESENT % {"total": total, "present": present},
        )


def _clean_open_answers(questions, raw_answers, errors):
    by_question = defaultdict(list)
    for raw in raw_answers:
        by_question[raw["question"]].append(raw)
    cleaned = []
    for question_id, answers in by_question.items():
        question = questions.open_by_id(question_id)
        if question is None:
            errors.add(f"open.{question_id}", _("This is not an open question of this session."))
            continue
        limit = open_answer_limit(question)
        if len(answers) > limit:
            errors.add(
                f"open.{question_id}",
                ngettext("Give at most %(count)s answer.", "Give at most %(count)s answers.", limit) % {"count": limit},
            )
        ranks = set()
        for number, raw in enumerate(answers, start=1):
            text, rank = raw["text"].strip(), raw.get("rank")
            key = f"open.{question_id}.{number}"
            if not text:
                errors.add(key, str(messages.OPEN_TEXT_MISSING))
            elif control_character_error(text):
                errors.add(key, str(control_character_error(text)))
            elif len(text) > MAX_OPEN_ANSWER_LENGTH:
                errors.add(key, messages.OPEN_TOO_LONG % {"limit": MAX_OPEN_ANSWER_LENGTH, "length": len(text)})
            if rank is not None and not 1 <= rank <= limit:
                errors.add(f"{key}.rank", messages.RANK_RANGE % {"limit": limit})
            elif rank is not None and rank in ranks:
                errors.add(f"{key}.rank", str(messages.RANK_TWICE))
            ranks.add(rank)
            cleaned.append((question_id, text, rank))
    order = {q.pk: i for i, q in enumerate(questions.open)}
    return tuple(sorted(cleaned, key=lambda row: (order.get(row[0], 0), row[2] is None, row[2] or 0, row[1])))

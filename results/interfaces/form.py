"""The result entry form: reading a posted form into a result payload, and the values
to show in it again (what was typed, or the current result when correcting).

Input names are the payload's error keys (see ``results.domain.payload``), so
every message lands beside its field: ``people_present``, ``ballot.<seat>.<question>``,
``count.<question>.<option|blank>``, ``open.<question>.<n>.text`` / ``.rank``."""

import re
import uuid
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from dialogues.enums import QuestionKind
from wetheinternet.core.input import parse_whole_number

from ..domain import messages, storage
from ..domain.questions import open_answer_limit
from ..enums import EntryMode

BLANK = "blank"


def _uuid(raw):
    try:
        return uuid.UUID(str(raw).strip())
    except (TypeError, ValueError, AttributeError):
        return None


@dataclass
class ParsedEntry:
    payload: dict
    client_id: object
    replaces: object
    errors: dict
    open_rows: dict = field(default_factory=dict)  # (question id, n-th given answer) -> form row number

    def form_errors(self, domain_errors):
        """The domain numbers open answers in the order given; the form may have empty
        rows in between: put each message beside the row it is about."""

        def rename(key):
            match = re.fullmatch(r"open\.(\d+)\.(\d+)(\.rank)?", key)
            if not match:
                return key
            row = self.open_rows.get((int(match[1]), int(match[2])), int(match[2]))
            return f"open.{match[1]}.{row}" + (match[3] or ".text")

        return {rename(key): messages for key, messages in domain_errors.items()}


def parse_entry_post(post, table, questions, mode):
    """Return a ParsedEntry (payload, client id, replaced id, reading errors) from a posted form.

    ``errors`` holds what cannot even be read (not a number, not an option); the domain
    checks the rest. Blank count boxes count as 0; an empty seat row is no ballot."""
    errors = {}
    client_id = _uuid(post.get("client_id"))
    if client_id is None:
        errors["client_id"] = [_("This form is out of date: open it again.")]
    replaces = _uuid(post.get("replaces")) if post.get("replaces") else None
    present = parse_whole_number(post.get("people_present"))
    if present is None:
        errors["people_present"] = [str(messages.PRESENT_REQUIRED)]
    payload = {"people_present": present or 0, "entry_mode": mode, "ballots": [], "counts": [], "open_answers": []}
    if mode == EntryMode.BALLOTS:
        payload["ballots"] = _parse_ballots(post, table, questions, errors)
    else:
        payload["counts"] = _parse_counts(post, questions, errors)
    open_rows = {}
    payload["open_answers"] = _parse_open_answers(post, questions, errors, open_rows)
    return ParsedEntry(payload, client_id, replaces, errors, open_rows)


def _parse_ballots(post, table, questions, errors):
    ballots = []
    for seat in range(1, table.capacity + 1):
        cells = {q.pk: [v for v in post.getlist(f"ballot.{seat}.{q.pk}") if v] for q in questions.closed}
        if not any(cells.values()):
            continue
        answers = []
        for question in questions.closed:
            key, values = f"ballot.{seat}.{question.pk}", cells[question.pk]
            if not values:
                if question.kind != QuestionKind.MULTIPLE_CHOICE:
                    errors[key] = [str(messages.SEAT_ANSWER_MISSING)]
                continue
            if BLANK in values:
                answers.append({"question": question.pk, "options": []})
                continue
            options = [parse_whole_number(v) for v in values]
            if None in options:
                errors[key] = [_("Choose one of the options.")]
                continue
            answers.append({"question": question.pk, "options": options})
        ballots.append({"seat": seat, "answers": answers})
    return ballots


def _parse_counts(post, questions, errors):
    counts = []
    for question in questions.closed:
        keys = [str(option.pk) for option in question.options.all()] + ([BLANK] if question.allows_abstention else [])
        for key in keys:
            name = f"count.{question.pk}.{key}"
            raw = (post.get(name) or "").strip()
            count = 0 if raw == "" else parse_whole_number(raw)
            if count is None:
                errors[name] = [str(messages.WHOLE_NUMBER)]
                continue
            counts.append({"question": question.pk, "option": None if key == BLANK else int(key), "count": count})
    return counts


def _parse_open_answers(post, questions, errors, open_rows):
    answers = []
    for question in questions.open:
        given = 0
        for number in range(1, open_answer_limit(question) + 1):
            text = (post.get(f"open.{question.pk}.{number}.text") or "").strip()
            raw_rank = (post.get(f"open.{question.pk}.{number}.rank") or "").strip()
            if not text and not raw_rank:
                continue
            rank = parse_whole_number(raw_rank) if raw_rank else None
            if raw_rank and not rank:
                errors[f"open.{question.pk}.{number}.rank"] = [str(messages.RANK_WHOLE)]
            given += 1
            open_rows[(question.pk, given)] = number
            answers.append({"question": question.pk, "text": text, "rank": rank})
    return answers


def values_from_submission(submission):
    """The form values (name -> list of strings) that show ``submission`` again."""
    values = {"people_present": [str(submission.people_present)]}
    for seat, answers, _categories in storage.ballot_answers(submission):
        for question_id, option_id in answers:
            values.setdefault(f"ballot.{seat}.{question_id}", []).append(str(option_id) if option_id else BLANK)
    if submission.entry_mode == EntryMode.COUNTS:
        for question_id, option_id, count in storage.count_rows(submission):
            values[f"count.{question_id}.{option_id or BLANK}"] = [str(count)]
    numbers = {}
    for answer in submission.open_answers.order_by("question_id", "rank", "id"):
        number = numbers[answer.question_id] = numbers.get(answer.question_id, 0) + 1
        values[f"open.{answer.question_id}.{number}.text"] = [answer.text]
        if answer.rank:
            values[f"open.{answer.question_id}.{number}.rank"] = [str(answer.rank)]
    return values

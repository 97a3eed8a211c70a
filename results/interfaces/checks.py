"""What the entry page gives ``results-checks.js`` so that the browser makes the
server's checks before a result is queued: the table's size, each question's shape and
the messages, translated in the page's language (from ``domain.results.messages``, the
ones the server uses). Only the table's size, question and option ids: nothing about
the people at the table."""

from dialogues.enums import QuestionKind

from ..domain import messages
from ..domain.errors import ResultInvalid
from ..domain.questions import MAX_OPEN_ANSWER_LENGTH, open_answer_limit


def browser_checks(table, questions, mode):
    """A JSON-ready dict for the page's ``result-checks`` block."""
    return {
        "mode": str(mode),
        "capacity": table.capacity,
        "max_open_length": MAX_OPEN_ANSWER_LENGTH,
        "closed": [
            {
                "id": question.pk,
                "multiple": question.kind == QuestionKind.MULTIPLE_CHOICE,
                "abstention": question.allows_abstention,
                "options": list(questions.option_order[question.pk]),
                "most_choices": questions.most_choices(question),
                "too_many": messages.too_many_options(questions.most_choices(question)),
            }
            for question in questions.closed
        ],
        "open": [{"id": question.pk, "limit": open_answer_limit(question)} for question in questions.open],
        "messages": {
            "present_required": str(messages.PRESENT_REQUIRED),
            "present_over_capacity": messages.present_over_capacity(table.capacity),
            "whole_number": str(messages.WHOLE_NUMBER),
            "seat_answer_missing": str(messages.SEAT_ANSWER_MISSING),
            "rank_whole": str(messages.RANK_WHOLE),
            "ballots_over_present": str(messages.BALLOTS_OVER_PRESENT),
            "needs_answer": str(messages.NEEDS_ANSWER),
            "option_over_present": str(messages.OPTION_OVER_PRESENT),
            "counts_over_present": str(messages.COUNTS_OVER_PRESENT),
            "open_text_missing": str(messages.OPEN_TEXT_MISSING),
            "open_too_long": str(messages.OPEN_TOO_LONG),
            "rank_range": str(messages.RANK_RANGE),
            "rank_twice": str(messages.RANK_TWICE),
            "invalid": str(ResultInvalid.default_message),
        },
    }

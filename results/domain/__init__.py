"""Result entry: a note taker's table result per topic session (see docs/result-entry.md)."""

from .entry import submit_table_result
from .errors import ResultConflict, ResultError, ResultInvalid, ResultRefused
from .review import attach_photo, confirm_result, reject_result
from .window import check_entry_open, entry_opens_at

__all__ = [
    "ResultConflict",
    "ResultError",
    "ResultInvalid",
    "ResultRefused",
    "attach_photo",
    "check_entry_open",
    "confirm_result",
    "entry_opens_at",
    "reject_result",
    "submit_table_result",
]

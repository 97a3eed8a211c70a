"""Personal data in free text (open answers): detection with libphonenumber, Presidio
and the platform's register of names, removal, and the scrubbing of stored texts when a
person is erased or a dialogue's retention period ends. See docs/privacy.md."""

from .detect import KIND_LABELS, PLACEHOLDERS, Finding, find_personal_data, highlighted, redact
from .names import NameRegister, fold

__all__ = [
    "KIND_LABELS",
    "PLACEHOLDERS",
    "Finding",
    "NameRegister",
    "find_personal_data",
    "fold",
    "highlighted",
    "redact",
]

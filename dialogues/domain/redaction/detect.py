"""Finding personal data in a text, and removing it."""

import dataclasses
import re

from django.utils.translation import gettext_lazy as _

from .languages import LANGUAGES
from .numbers import phone_spans

PLACEHOLDERS = {
    "email": _("[e-mail removed]"),
    "url": _("[web address removed]"),
    "phone": _("[phone number removed]"),
    "address": _("[address removed]"),
    "name": _("[name removed]"),
    "handle": _("[account removed]"),
    "hashtag": _("[hashtag removed]"),
    "number": _("[number removed]"),
}
KIND_LABELS = {
    "email": _("e-mail"),
    "url": _("web address"),
    "phone": _("phone number"),
    "address": _("address"),
    "name": _("name"),
    "handle": _("account or handle"),
    "hashtag": _("hashtag"),
    "number": _("bank or card number"),
}
ENTITY_KINDS = {
    "EMAIL_ADDRESS": "email",
    "URL": "url",
    "IP_ADDRESS": "url",
    "IBAN_CODE": "number",
    "CREDIT_CARD": "number",
    "HANDLE": "handle",
    "HASHTAG": "hashtag",
    "STREET_ADDRESS": "address",
    "PERSON": "name",
}
# When two findings overlap, the merged span takes the first kind of this list.
PRIORITY = ["email", "handle", "url", "number", "phone", "address", "name", "hashtag"]
SCORE_THRESHOLD = 0.3
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|^\W*)$")


@dataclasses.dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int


def find_personal_data(text, *, names=None, language="en", regions=()):
    """Every stretch of ``text`` that looks like personal data, as non-overlapping
    ``Finding``s in text order. ``names`` is a ``NameRegister`` (the platform's register
    of people), ``language`` the text's language (spaCy's entity recogniser runs where a
    model is installed), ``regions`` country codes whose phone formats to read."""
    if not text:
        return []
    language = (language or "en")[:2].lower()
    language = language if language in LANGUAGES else "en"
    from .recognisers import analyse  # a slow import (Presidio, spaCy): only when a text is analysed

    found = [
        (ENTITY_KINDS[result.entity_type], result.start, result.end)
        for result in analyse(text, language, score_threshold=SCORE_THRESHOLD)
        if result.entity_type in ENTITY_KINDS and not _lone_first_word(text, result)
    ]
    found += [("phone", start, end) for start, end in phone_spans(text, regions)]
    if names:
        found += [("name", start, end) for start, end in names.spans(text)]
    return _merge(found)


def _lone_first_word(text, result):
    """A single capitalised word opening a sentence that the language model calls a
    person ("Everyone should...", "Fight online harassment..."): the small model guesses
    from the capital letter, and a note taker writing in another language than the
    table's makes it guess often. Names of registered people are caught by the register
    wherever they stand."""
    span = text[result.start : result.end].strip()
    if result.entity_type != "PERSON" or " " in span or "-" in span:
        return False
    return SENTENCE_START.search(text[: result.start]) is not None


def _merge(found):
    merged = []
    for kind, start, end in sorted(found, key=lambda item: (item[1], -item[2])):
        if merged and start < merged[-1][2]:
            last_kind, last_start, last_end = merged[-1]
            best = min(last_kind, kind, key=PRIORITY.index)
            merged[-1] = (best, last_start, max(last_end, end))
        else:
            merged.append((kind, start, end))
    return [Finding(kind, start, end) for kind, start, end in merged]


def redact(text, *, names=None, language="en", regions=()):
    """``(text with each finding replaced by its placeholder, [kind, ...])``."""
    findings = find_personal_data(text, names=names, language=language, regions=regions)
    for finding in reversed(findings):
        text = text[: finding.start] + str(PLACEHOLDERS[finding.kind]) + text[finding.end :]
    return text, [finding.kind for finding in findings]


def highlighted(text, findings):
    """``[(piece, kind or None), ...]`` covering ``text``, for showing a reviewer what
    was found where."""
    pieces = []
    position = 0
    for finding in findings:
        if finding.start > position:
            pieces.append((text[position : finding.start], None))
        pieces.append((text[finding.start : finding.end], finding.kind))
        position = finding.end
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces

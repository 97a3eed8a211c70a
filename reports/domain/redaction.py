"""Automatic removal of personal data from open answers before anyone approves them:
e-mail addresses, phone numbers, web addresses, street addresses and the names of the
dialogue's registered people and staff. ``redact`` returns the cleaned text and what it
removed, so that the approver sees both."""

import re

from django.utils.translation import gettext_lazy as _

PLACEHOLDERS = {
    "email": _("[e-mail removed]"),
    "url": _("[web address removed]"),
    "phone": _("[phone number removed]"),
    "address": _("[address removed]"),
    "name": _("[name removed]"),
}

STREET_WORDS = (
    r"rue|avenue|av\.|boulevard|bd|place|chemin|impasse|all[ée]e|quai|street|st\.|road|rd\.|lane|drive|way|"
    r"square|calle|avenida|plaza|paseo|carrera|via|viale|piazza|strasse|straße|weg|شارع|طريق"
)
PATTERNS = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)),
    ("url", re.compile(r"\b(?:https?://|www\.)\S+?(?=[.,;:!?)]*(?:\s|$))|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|io|fr|es|de|uk|ke|ar|tn)(?:/\S*)?\b", re.I)),
    ("phone", re.compile(r"(?<![\w/])\+?\d[\d\s().-]{6,}\d(?!\w)")),
    ("address", re.compile(rf"\b\d{{1,5}}(?:\s*(?:bis|ter|[a-z]))?,?\s+(?:{STREET_WORDS})\s[^,;.\n]{{1,40}}", re.I)),
    ("address", re.compile(rf"(?<!\w)(?:{STREET_WORDS})\s+[^\d,;.\n]{{1,40}}?\s\d{{1,5}}\b", re.I)),
]
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def name_index(names):
    """Lower-case names split in words, for ``redact``: single words and full names."""
    index = set()
    for name in names:
        words = tuple(word.lower() for word in WORD.findall(name or ""))
        if words and all(len(word) > 1 for word in words):
            index.add(words)
            index.update((word,) for word in words)
    return index


def redact(text, names):
    """Return ``(redacted text, [{"kind": ..., "text": ...}, ...])``. ``names`` is a
    ``name_index``."""
    removed = []

    def replace(kind):
        def substitute(match):
            removed.append({"kind": kind, "text": match.group(0)})
            return str(PLACEHOLDERS[kind])

        return substitute

    for kind, pattern in PATTERNS:
        text = pattern.sub(replace(kind), text)
    return _redact_names(text, names, removed), removed


def _redact_names(text, names, removed):
    words = list(WORD.finditer(text))
    spans = []
    i = 0
    while i < len(words):
        pair = tuple(w.group(0).lower() for w in words[i : i + 2])
        if len(pair) == 2 and pair in names:
            spans.append((words[i].start(), words[i + 1].end()))
            i += 2
        elif (pair[0],) in names:
            spans.append((words[i].start(), words[i].end()))
            i += 1
        else:
            i += 1
    for start, end in reversed(spans):
        removed.append({"kind": "name", "text": text[start:end]})
        text = text[:start] + str(PLACEHOLDERS["name"]) + text[end:]
    return text


def dialogue_names(dialogue):
    """The names to remove for ``dialogue``: registered people, the dialogue's partner
    members, facilitators, note takers and conduct contacts, and organiser staff."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    from registrations.domain.queries import personal_names

    users = get_user_model().objects.filter(
        Q(is_staff=True)
        | Q(partner_memberships__partner__dialogue=dialogue)
        | Q(facilitated_tables__site__partner__dialogue=dialogue)
        | Q(note_taker_tables__site__partner__dialogue=dialogue)
        | Q(conduct_contact_sites__partner__dialogue=dialogue)
    ).values_list("full_name", flat=True)
    return name_index(set(personal_names(dialogue)) | set(users))

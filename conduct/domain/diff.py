"""Differences between two versions of a code, paragraph by paragraph, for an
accessible page: each change is a block marked added, removed or unchanged, with words
inside a changed paragraph marked too (``<ins>``/``<del>`` in the template)."""

import difflib
from dataclasses import dataclass, field


@dataclass
class DiffBlock:
    kind: str  # "same", "added", "removed", "changed"
    text: str = ""
    pieces: list = field(default_factory=list)  # for "changed": [(kind, words)]


def paragraphs(text):
    return [part.strip() for part in (text or "").replace("\r\n", "\n").split("\n\n") if part.strip()]


def _word_pieces(old, new):
    old_words, new_words = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    pieces = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(("same", " ".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            pieces.append(("removed", " ".join(old_words[a1:a2])))
        if b2 > b1:
            pieces.append(("added", " ".join(new_words[b1:b2])))
    return pieces


def _replace(old, new):
    """Paragraphs replaced by others: similar ones side by side are shown as changed
    (word by word), the rest as removed or added."""
    blocks = []
    paired = 0
    for old_paragraph, new_paragraph in zip(old, new, strict=False):
        if difflib.SequenceMatcher(a=old_paragraph.split(), b=new_paragraph.split()).ratio() < 0.4:
            break
        blocks.append(DiffBlock("changed", pieces=_word_pieces(old_paragraph, new_paragraph)))
        paired += 1
    blocks.extend(DiffBlock("removed", text) for text in old[paired:])
    blocks.extend(DiffBlock("added", text) for text in new[paired:])
    return blocks


def diff_texts(old_text, new_text):
    """The blocks that turn ``old_text`` into ``new_text``."""
    old, new = paragraphs(old_text), paragraphs(new_text)
    blocks = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            blocks.extend(DiffBlock("same", text) for text in old[a1:a2])
        else:
            blocks.extend(_replace(old[a1:a2], new[b1:b2]))
    return blocks

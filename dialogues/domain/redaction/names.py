"""The register of names held by the platform, matched in any spelling a note taker may
use: without accents, in upper or lower case, possessive ("Dupont's", "Dupont’s"),
elided ("d'Amélie"), hyphenated ("Jean-Pierre", "Dupont-Martin") and in Arabic script
(with or without short vowels, after a one-letter prefix such as و "and")."""

import unicodedata

import regex as re

# A word: letters of any script with their marks (Arabic short vowels, combining
# accents) and digits; apostrophes and hyphens split words.
WORD = re.compile(r"[\p{L}\p{M}\p{N}]+")
# Between two words of one name: spaces, a hyphen, an apostrophe (possessive "’s" too).
JOINER = re.compile(r"^(?:['’]s)?[\s\-‐‑'’]{1,3}$")
HYPHENS = "-‐‑"
WORD_BEFORE = re.compile(r"[\p{L}\p{M}\p{N}]+$")
POSSESSIVE = re.compile(r"^['’]s\b", re.IGNORECASE)
ARABIC_PREFIXES = ("و", "ب", "ل", "ف", "ك")
TATWEEL = "ـ"
# Words too common to be redacted on their own when they are only one part of a name
# (a name part still matches as part of a full name).
MIN_SINGLE_WORD = 2


MARKS = re.compile(r"\p{M}+")


def fold(word):
    """Lower case without accents or Arabic short vowels and tatweel: "Éloïse" → "eloise"."""
    return MARKS.sub("", unicodedata.normalize("NFKD", word.replace(TATWEEL, ""))).casefold()


class NameRegister:
    """Folded words and full names of a set of people, for ``spans``."""

    def __init__(self, names=()):
        self.words = set()
        self.full_names = set()
        for name in names:
            self.add(name)

    def add(self, name):
        words = tuple(fold(word) for word in WORD.findall(name or ""))
        if not words:
            return
        self.full_names.add(words)
        self.words.update(word for word in words if len(word) >= MIN_SINGLE_WORD)

    def __bool__(self):
        return bool(self.words)

    def __len__(self):
        return len(self.full_names)

    def _matches(self, word):
        folded = fold(word)
        if folded in self.words:
            return True
        # Arabic: a name glued to one or two one-letter prefixes ("ومحمد", "ولمحمد").
        for cut in (1, 2):
            prefix, rest = folded[:cut], folded[cut:]
            if len(rest) > 1 and all(letter in ARABIC_PREFIXES for letter in prefix) and rest in self.words:
                return True
        return False

    def spans(self, text):
        """``[(start, end), ...]`` of runs of register words in ``text``, a possessive
        ending included, so "Jean-Pierre Dupont's" is one span."""
        found = []
        current = None
        for match in WORD.finditer(text):
            if not self._matches(match.group(0)):
                current = None
                continue
            if current is not None and JOINER.match(text[current[1] : match.start()]):
                current[1] = match.end()
            else:
                current = [match.start(), match.end()]
                found.append(current)
        spans = []
        for start, end in found:
            # The whole of a hyphenated compound that holds a name ("Kamau-Njoroge").
            while start > 1 and text[start - 1] in HYPHENS and text[start - 2].isalpha():
                start = WORD_BEFORE.search(text[: start - 1]).start()
            while end < len(text) - 1 and text[end] in HYPHENS and text[end + 1].isalpha():
                end = WORD.match(text, end + 1).end()
            possessive = POSSESSIVE.match(text[end:])
            spans.append((start, end + (possessive.end() if possessive else 0)))
        return spans

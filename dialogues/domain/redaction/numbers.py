"""Phone numbers: libphonenumber's ``PhoneNumberMatcher`` (every format of every
country, for the regions given), then whatever it cannot see: digit groups split by
slashes ("06/12/34/56/78"), numbers inside chat links ("wa.me/33612345678") and
numbers written in words ("zéro six, douze, trente-quatre...", "nove um dois...")."""

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from .names import fold

# libphonenumber also matches years and counts ("2020", "1500"): a phone number has at
# least this many digits.
MIN_DIGITS = 7
DEFAULT_REGIONS = ("US",)
# A run of digit groups joined by separators, 8 digits or more: no country's format needed.
DIGIT_RUN = re.compile(r"(?<![\w])\+?\(?\d[\d\s./\-()]{6,}\d(?![\w])")
# Number words in the dialogue's languages (folded: no accents, lower case).
NUMBER_WORDS = {
    # English
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "double", "triple",
    # French
    "un", "une", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze",
    "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante",
    "cent", "cents", "et",
    # Spanish
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
    "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veinti",
    "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien", "y",
    # Portuguese (the words Spanish or French do not already give)
    "um", "uma", "dois", "duas", "quatro", "sete", "oito", "nove", "dez", "doze", "treze", "catorze",
    "dezesseis", "dezasseis", "dezessete", "dezassete", "dezoito", "dezenove", "dezanove", "vinte", "trinta",
    "quarenta", "cinquenta", "sessenta", "oitenta", "cem", "cento", "e",
    # Arabic
    "صفر", "واحد", "اثنان", "اثنين", "ثلاثة", "اربعة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
}
# Words that are number words but also common glue: they never start or end a run.
GLUE = {"et", "y", "e", "oh", "un", "une", "uno", "um", "uma", "double", "triple"}
TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
SEPARATOR = re.compile(r"^[\s,.\-/]*$")
MIN_NUMBER_WORDS = 6


def _digits(text):
    return sum(char.isdigit() for char in text)


def phone_spans(text, regions):
    """``[(start, end), ...]`` of phone numbers in ``text``."""
    spans = []
    for region in dict.fromkeys([*(r.upper() for r in regions if r), *DEFAULT_REGIONS]):
        if region not in phonenumbers.SUPPORTED_REGIONS:
            continue
        for match in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
            if _digits(match.raw_string) >= MIN_DIGITS:
                spans.append((match.start, match.end))
    for match in DIGIT_RUN.finditer(text):
        if _digits(match.group(0)) >= MIN_DIGITS + 1:
            spans.append(match.span())
    spans.extend(_number_word_spans(text))
    return spans


def _number_word_spans(text):
    """Runs of at least ``MIN_NUMBER_WORDS`` number words (or digits), hyphenated
    compounds counted word by word ("trente-quatre" is two)."""
    spans = []
    run = []
    for match in TOKEN.finditer(text):
        word = fold(match.group(0))
        is_number = word.isdigit() or word in NUMBER_WORDS or _compound(word)
        if is_number and (not run or SEPARATOR.match(text[run[-1].end() : match.start()])):
            run.append(match)
            continue
        spans.extend(_close(run))
        run = [match] if is_number else []
    spans.extend(_close(run))
    return spans


def _compound(word):
    # "dieciseis", "veintitres", "twentyone": number words glued together.
    return any(word.startswith(prefix) and word[len(prefix) :] in NUMBER_WORDS for prefix in ("veinti", "dieci"))


def _close(run):
    while run and fold(run[0].group(0)) in GLUE:
        run = run[1:]
    while run and fold(run[-1].group(0)) in GLUE:
        run = run[:-1]
    if len(run) >= MIN_NUMBER_WORDS:
        return [(run[0].start(), run[-1].end())]
    return []

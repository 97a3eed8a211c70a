"""Import of paper registration forms from CSV or XLSX: every row is checked first,
and one message names each problem (row, column, problem). Nothing is written unless
every row is good. The registration rules are the domain's (``registration_problems``);
this module reads the cells and checks what only a spreadsheet can get wrong."""

from dataclasses import dataclass

import tablib
from django.utils.translation import gettext as _

from conduct.domain.queries import current_published_version
from dialogues.models import Feature, partner_covers_country
from wetheinternet.core.input import control_character_error

from ..domain.consent_texts import current_consent_texts
from ..domain.registration import RegistrationData, find_duplicate, normalise_phone, registration_problems
from ..enums import ConsentMethod, ConsentPurpose
from ..models import Registrant

YES = {"yes", "y", "oui", "si", "sí", "1", "true", "x", "نعم"}
NO = {"no", "n", "non", "0", "false", "", "لا"}
BASE_COLUMNS = ["first_name", "last_name", "email", "phone", "preferred_language", "country", "site"]
CONSENT_COLUMNS = [f"consent_{purpose}" for purpose in ConsentPurpose.values]
# The column of a spreadsheet where a registration rule's field is written.
COLUMN_OF_FIELD = {"accepts_conduct": "code_of_conduct"}


@dataclass
class RowProblem:
    row: int
    column: str
    problem: str


@dataclass
class ParsedRow:
    row: int
    site: object
    data: RegistrationData


# Columns stored as they are, with the length their database column holds.
STORED_LENGTHS = {name: Registrant._meta.get_field(name).max_length for name in ("first_name", "last_name", "email",
                                                                                 "phone")}


def expected_columns(dialogue):
    features = [feature.code for feature in Feature.objects.filter(dialogue=dialogue)]
    return BASE_COLUMNS + features + CONSENT_COLUMNS + ["consent_language", "code_of_conduct"]


def read_dataset(upload):
    content = upload.read()
    if upload.name.lower().endswith(".xlsx"):
        return tablib.Dataset().load(content, format="xlsx")
    return tablib.Dataset().load(content.decode("utf-8-sig"), format="csv")


def parse_rows(dataset, *, partner):
    """Check every row. Returns (parsed rows, problems); rows count from 2 (row 1 holds
    the column names), as a spreadsheet shows them."""
    checker = RowChecker(partner)
    headers = [h.strip().lower() for h in (dataset.headers or [])]
    missing = [c for c in ["first_name", "country", "consent_participation", *checker.features] if c not in headers]
    if missing:
        return [], [RowProblem(1, column, _("This column is missing.")) for column in missing]
    parsed, problems = [], []
    for number, values in enumerate(dataset, start=2):
        row = {h: (str(v).strip() if v is not None else "") for h, v in zip(headers, values, strict=False)}
        result, row_problems = checker.check(number, row)
        problems += row_problems
        if result is not None:
            parsed.append(result)
    return parsed, problems


class RowChecker:
    """Checks the rows of one file for one partner, remembering the e-mail addresses
    and phone numbers already seen so that a person written twice is caught."""

    def __init__(self, partner):
        self.partner, self.dialogue = partner, partner.dialogue
        self.features = {f.code: f for f in Feature.objects.filter(dialogue=self.dialogue).prefetch_related("categories")}
        self.sites = {site.name.lower(): site for site in partner.sites.all()}
        self.conduct_required = current_published_version(self.dialogue) is not None
        self.consent_purposes = {media: set(current_consent_texts(self.dialogue, media_site=media))
                                 for media in (False, True)}
        self.seen = {}

    def check(self, number, row):
        """(ParsedRow or None, [RowProblem]) for spreadsheet row ``number``."""
        problems = []

        def problem(column, text):
            problems.append(RowProblem(number, column, text))

        self._check_cells(row, problem)
        country = row.get("country", "").upper()
        if not partner_covers_country(self.partner, country):
            problem("country", _("“%(value)s” is not one of your countries.") % {"value": row.get("country", "")})
        site = self._site(row, problem)
        language = row.get("preferred_language") or self.dialogue.default_language
        if language not in self.dialogue.languages:
            problem("preferred_language", _("“%(value)s” is not a language of this dialogue.") % {"value": language})
        email, phone = row.get("email", "").lower(), normalise_phone(row.get("phone", ""))
        data = RegistrationData(
            country=country, first_name=row.get("first_name", ""), last_name=row.get("last_name", ""), email=email,
            phone=phone, preferred_language=language, answers=self._answers(row, problem),
            consents=self._consents(row, problem), consent_language=row.get("consent_language") or language,
            accepts_conduct=row.get("code_of_conduct", "").lower() in YES,
        )
        repeated = self._repeated(number, email, phone, problem)
        for rule in registration_problems(
            data, method=ConsentMethod.PAPER, conduct_required=self.conduct_required,
            consent_purposes=self.consent_purposes[bool(site and site.is_media_site)],
            duplicate=find_duplicate(self.dialogue, email="" if "email" in repeated else email,
                                     phone="" if "phone" in repeated else phone),
        ):
            problem(COLUMN_OF_FIELD.get(rule.field, rule.field), rule.message)
        return (None if problems else ParsedRow(number, site, data)), problems

    def _check_cells(self, row, problem):
        for column, value in row.items():
            if control_character_error(value):
                problem(column, str(control_character_error(value)))
            elif column in STORED_LENGTHS and len(value) > STORED_LENGTHS[column]:
                problem(column, _("Keep this to %(limit)s characters at most (it has %(length)s).")
                        % {"limit": STORED_LENGTHS[column], "length": len(value)})

    def _site(self, row, problem):
        if not row.get("site"):
            return None
        site = self.sites.get(row["site"].lower())
        if site is None:
            problem("site", _("There is no site called “%(value)s”.") % {"value": row["site"]})
        return site

    def _answers(self, row, problem):
        answers = {}
        for code, feature in self.features.items():
            categories = {c.code: c for c in feature.categories.all()}
            answers[feature] = categories.get(row.get(code, ""))
            if answers[feature] is None:
                problem(code, _("“%(value)s” is not an answer; use one of: %(codes)s.")
                        % {"value": row.get(code, ""), "codes": ", ".join(categories)})
        return answers

    def _consents(self, row, problem):
        consents = set()
        for column in CONSENT_COLUMNS:
            value = row.get(column, "").lower()
            if value in YES:
                consents.add(column.removeprefix("consent_"))
            elif value not in NO:
                problem(column, _("Write yes or no."))
        return consents

    def _repeated(self, number, email, phone, problem):
        """The columns ("email", "phone") whose value an earlier row of the file has."""
        repeated = set()
        for column, value in (("email", email), ("phone", phone)):
            if value and value in self.seen:
                problem(column, _("Same as row %(row)s.") % {"row": self.seen[value]})
                repeated.add(column)
            elif value:
                self.seen[value] = number
        return repeated

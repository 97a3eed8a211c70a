"""Import of paper registration forms from CSV or XLSX: every row is checked first,
and one message names each problem (row, column, problem). Nothing is written unless
every row is good."""

from dataclasses import dataclass

import tablib
from django.db import transaction
from django.utils.translation import gettext as _

from conduct.domain.queries import current_published_version
from dialogues.models import Feature
from wetheinternet.core.input import control_character_error

from ..domain.registration import RegistrationData, find_duplicate, normalise_phone, register_participant
from ..enums import ConsentMethod, ConsentPurpose
from ..models import Registrant

YES = {"yes", "y", "oui", "si", "sí", "1", "true", "x", "نعم"}
NO = {"no", "n", "non", "0", "false", "", "لا"}
BASE_COLUMNS = ["first_name", "last_name", "email", "phone", "preferred_language", "country", "site"]
CONSENT_COLUMNS = [f"consent_{purpose}" for purpose in ConsentPurpose.values]


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
    dialogue = partner.dialogue
    features = {f.code: f for f in Feature.objects.filter(dialogue=dialogue).prefetch_related("categories")}
    headers = [h.strip().lower() for h in (dataset.headers or [])]
    missing = [c for c in ["first_name", "country", "consent_participation", *features] if c not in headers]
    if missing:
        return [], [RowProblem(1, column, _("This column is missing.")) for column in missing]
    countries = {country.code for country in partner.countries}
    sites = {site.name.lower(): site for site in partner.sites.all()}
    languages = set(dialogue.languages)
    conduct_required = current_published_version(dialogue) is not None
    seen = {}
    parsed, problems = [], []
    for number, values in enumerate(dataset, start=2):
        row = {h: (str(v).strip() if v is not None else "") for h, v in zip(headers, values, strict=False)}
        row_problems = []

        def problem(column, text, row_problems=row_problems, number=number):
            row_problems.append(RowProblem(number, column, text))

        for column, value in row.items():
            if control_character_error(value):
                problem(column, str(control_character_error(value)))
            elif column in STORED_LENGTHS and len(value) > STORED_LENGTHS[column]:
                problem(column, _("Keep this to %(limit)s characters at most (it has %(length)s).")
                        % {"limit": STORED_LENGTHS[column], "length": len(value)})
        if not row.get("first_name"):
            problem("first_name", _("A first name is needed."))
        country = row.get("country", "").upper()
        if country not in countries:
            problem("country", _("“%(value)s” is not one of your countries.") % {"value": row.get("country", "")})
        site = None
        if row.get("site"):
            site = sites.get(row["site"].lower())
            if site is None:
                problem("site", _("There is no site called “%(value)s”.") % {"value": row["site"]})
        language = row.get("preferred_language") or dialogue.default_language
        if language not in languages:
            problem("preferred_language", _("“%(value)s” is not a language of this dialogue.") % {"value": language})
        answers = {}
        for code, feature in features.items():
            categories = {c.code: c for c in feature.categories.all()}
            category = categories.get(row.get(code, ""))
            if category is None:
                problem(code, _("“%(value)s” is not an answer; use one of: %(codes)s.")
                        % {"value": row.get(code, ""), "codes": ", ".join(categories)})
            answers[feature] = category
        consents = set()
        for column in CONSENT_COLUMNS:
            value = row.get(column, "").lower()
            if value in YES:
                consents.add(column.removeprefix("consent_"))
            elif value not in NO:
                problem(column, _("Write yes or no."))
        if ConsentPurpose.PARTICIPATION not in consents:
            problem("consent_participation", _("Without consent to take part the person cannot be registered."))
        if ConsentPurpose.PHOTOGRAPHS in consents and not (site and site.is_media_site):
            problem("consent_photographs", _("Photographs are only taken at media sites."))
        if conduct_required and row.get("code_of_conduct", "").lower() not in YES:
            problem("code_of_conduct", _("The code of conduct must be accepted (yes)."))
        email, phone = row.get("email", "").lower(), normalise_phone(row.get("phone", ""))
        for column, value in (("email", email), ("phone", phone)):
            if not value:
                continue
            if value in seen:
                problem(column, _("Same as row %(row)s.") % {"row": seen[value]})
            elif find_duplicate(dialogue, **{column: value}):
                problem(column, _("Someone is already registered for this dialogue with this %(field)s.")
                        % {"field": _("e-mail address") if column == "email" else _("phone number")})
            seen.setdefault(value, number)
        if row_problems:
            problems += row_problems
            continue
        parsed.append(ParsedRow(number, site, RegistrationData(
            country=country, first_name=row["first_name"], last_name=row.get("last_name", ""), email=email,
            phone=phone, preferred_language=language, answers=answers, consents=consents,
            consent_language=row.get("consent_language") or language,
            accepts_conduct=row.get("code_of_conduct", "").lower() in YES,
        )))
    return parsed, problems


def import_rows(partner, rows, *, by):
    """Register every parsed row, all or nothing (method: paper form)."""
    conduct_version = current_published_version(partner.dialogue)
    with transaction.atomic():
        return [
            register_participant(
                partner.dialogue, row.data, site=row.site, method=ConsentMethod.PAPER, by=by,
                conduct_version=conduct_version,
            )
            for row in rows
        ]

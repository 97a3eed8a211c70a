"""Open data as a data product: the released cells of ``open_data`` with labels in every
language beside their codes, a codebook of every question, option, area and group, a
licence, the release it belongs to, and a Frictionless Data Package descriptor
(``datapackage.json``, table schemas) for both tables. The figures are exactly the
open-data cells (made by the disclosure rules); this module only adds words to them."""

import csv
import dataclasses
import io

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from dialogues.models import Feature
from dialogues.regions import region_of

from ..enums import WORLD
from .build import dialogue_fingerprint
from .content import area_name
from .cube import NO_ANSWER, closed_questions
from .open_data import ALL, CACHE_SECONDS, FIELDS, TOTAL, cached_open_data
from .releases import latest_release

FIGURES = "figures"
CODEBOOK = "codebook"
CODEBOOK_KINDS = ("question", "option", "area", "group", "licence")


def licence_of(dialogue):
    """The dialogue's licence as a Data Package lists it (``name``, ``title``, ``path``)."""
    return {key: dialogue.licence[key] for key in ("name", "title", "path")}


def languages():
    return [code for code, _name in settings.LANGUAGES]


def _field_in(instance, field, language):
    """A translated field's own text in ``language`` (empty when not translated: the
    codebook says so rather than showing another language's text)."""
    return getattr(instance, f"{field}_{language}", None) or ""


def _special_label(code, language):
    with translation.override(language):
        if code == TOTAL:
            return str(translation.gettext("Base (people who answered, or present for several answers)"))
        if code == NO_ANSWER:
            return str(translation.gettext("No answer"))
        if code == ALL:
            return str(translation.gettext("Everyone"))
    return ""


def _licence_label(licence, language):
    with translation.override(language):
        return f"{licence['label']} {licence['path']}"


def _areas(cells):
    """The areas of the cells: the world, then regions, then countries."""
    areas = {cell["area"] for cell in cells}
    return sorted(areas, key=lambda area: (area != WORLD, not area.isdigit(), region_of(area) or "", area))


def labels(dialogue, cells):
    """``{kind: {code: {language: label}}}``: every question and option of the dialogue,
    every area and group of the cells."""
    langs = languages()
    result = {kind: {} for kind in CODEBOOK_KINDS}
    for question in closed_questions(dialogue):
        result["question"][question.code] = {lang: _field_in(question, "text", lang) for lang in langs}
        for option in question.options.all():
            key = f"{question.code}/{option.code}"
            result["option"][key] = {lang: _field_in(option, "label", lang) for lang in langs}
        for special in (NO_ANSWER, TOTAL):
            result["option"][f"{question.code}/{special}"] = {lang: _special_label(special, lang) for lang in langs}
    for area in _areas(cells):
        names = {}
        for lang in langs:
            with translation.override(lang):
                names[lang] = str(area_name(area))
        result["area"][area] = names
    result["group"][ALL] = {lang: _special_label(ALL, lang) for lang in langs}
    licence = dialogue.licence
    result["licence"][licence["name"]] = {lang: _licence_label(licence, lang) for lang in langs}
    for feature in Feature.objects.filter(dialogue=dialogue).prefetch_related("categories"):
        for category in feature.categories.all():
            result["group"][f"{feature.code}:{category.code}"] = {
                lang: " · ".join(filter(None, [_field_in(feature, "name", lang), _field_in(category, "label", lang)]))
                for lang in langs
            }
    return result


def labelled_fields():
    """The figures table's columns: the cell's, each code followed by its labels."""
    langs = languages()
    fields = []
    for name in FIELDS:
        fields.append(name)
        if name == "area":
            fields += [f"area_name_{lang}" for lang in langs]
        elif name == "question":
            fields += [f"question_text_{lang}" for lang in langs]
        elif name == "option":
            fields += [f"option_label_{lang}" for lang in langs]
        elif name == "group":
            fields += [f"group_label_{lang}" for lang in langs]
    return fields


def labelled_cells(cells, codebook):
    """The open-data cells with their labels in every language beside the codes."""
    langs = languages()
    rows = []
    for cell in cells:
        row = {}
        area = codebook["area"].get(cell["area"], {})
        question = codebook["question"].get(cell["question"], {})
        option = codebook["option"].get(f"{cell['question']}/{cell['option']}", {})
        group = codebook["group"].get(cell["group"], {})
        for name in FIELDS:
            row[name] = cell[name]
            for prefix, found in (("area_name", area), ("question_text", question), ("option_label", option),
                                  ("group_label", group)):
                if name == prefix.split("_")[0]:
                    row.update({f"{prefix}_{lang}": found.get(lang, "") for lang in langs})
        rows.append(row)
    return rows


def codebook_rows(codebook):
    """One row per question, option, area and group, and one for the licence (its SPDX
    code, its name and address in every language): kind, code, label per language."""
    langs = languages()
    return [
        {"kind": kind, "code": code, **{f"label_{lang}": names.get(lang, "") for lang in langs}}
        for kind in CODEBOOK_KINDS
        for code, names in codebook[kind].items()
    ]


def codebook_fields():
    return ["kind", "code", *[f"label_{lang}" for lang in languages()]]


def _string(name, description):
    return {"name": name, "type": "string", "description": description}


def figures_schema():
    langs = languages()
    described = {
        "area": _string("area", "world, a UN M49 region code or an ISO 3166-1 alpha-2 country code"),
        "question": _string("question", "the question's stable code"),
        "option": _string("option", "the option's code, no_answer, or total (the base)"),
        "group": _string("group", "all, or feature:category for a demographic breakdown"),
        "count": {"name": "count", "type": "integer", "description": "perturbed count; empty when suppressed",
                  "constraints": {"minimum": 0}},
        "suppressed": {"name": "suppressed", "type": "boolean", "description": "true exactly when count is empty",
                       "constraints": {"required": True}},
        "k": {"name": "k", "type": "integer", "description": "the threshold applied"},
        "released_at": {"name": "released_at", "type": "datetime", "description": "time (UTC) of the release"},
    }
    fields = []
    for name in labelled_fields():
        if name in described:
            fields.append(described[name])
        else:
            fields.append(_string(name, f"label of the code before it, in {name.rsplit('_', 1)[1]}"))
    assert len(fields) == len(FIELDS) + 4 * len(langs)
    return {"fields": fields, "missingValues": [""]}


def codebook_schema():
    return {
        "fields": [
            {"name": "kind", "type": "string", "constraints": {"enum": list(CODEBOOK_KINDS), "required": True}},
            {"name": "code", "type": "string", "constraints": {"required": True}},
            *[_string(f"label_{lang}", f"label in {lang} (empty: not translated)") for lang in languages()],
        ],
        "primaryKey": ["kind", "code"],
    }


@dataclasses.dataclass(frozen=True)
class ExtraResource:
    """A table an app to the right of reports adds to the package (analysis: the
    evaluation). ``rows(dialogue)`` gives its rows, already through disclosure control,
    or None to leave it out; ``fingerprint(dialogue)`` what they are made of (a change
    refreshes the cached package)."""

    name: str
    description: str
    fields: tuple
    schema: object  # () -> Table Schema
    rows: object
    fingerprint: object


_extra_resources = {}


def add_open_data_resource(resource):
    """Register ``resource`` (from the app's ``AppConfig.ready``)."""
    _extra_resources[resource.name] = resource


def extra_resource(name):
    """The registered resource whose file is ``name`` (``<resource>.csv`` or ``.json``), or None."""
    return _extra_resources.get(name.rsplit(".", 1)[0])


def _resource(name, path, schema, description=None):
    resource = {"name": name, "path": path, "profile": "tabular-data-resource", "format": "csv",
                "mediatype": "text/csv", "encoding": "utf-8", "schema": schema}
    if description:
        resource["description"] = description
    return resource


def descriptor(dialogue, release, *, figures_path="figures.csv", codebook_path="codebook.csv", extras=()):
    """The ``datapackage.json`` of the dialogue's open data at ``release``; ``extras``
    names the registered resources the package holds."""
    package = {
        "profile": "tabular-data-package",
        "name": f"{dialogue.slug}-results",
        "title": str(dialogue.name),
        "description": "Anonymised aggregates of the closed questions: counts per option for the world, regions "
                       "and countries, and by demographic group; perturbed (at most ±3) and suppressed under k.",
        "version": f"{release.number}.0.0" if release else "0.0.0",
        "licenses": [licence_of(dialogue)],
        "resources": [
            _resource(FIGURES, figures_path, figures_schema()),
            _resource(CODEBOOK, codebook_path, codebook_schema()),
            *[_resource(name, f"{name}.csv", _extra_resources[name].schema(), _extra_resources[name].description)
              for name in extras],
        ],
    }
    if release is not None:
        package["created"] = release.released_at.isoformat()
    return package


def open_data_package(dialogue):
    """The labelled figures and the codebook (rows), and the descriptor, of the latest
    release; computed once per state of the dialogue's inputs, like the cells."""
    extras_fingerprint = [extra.fingerprint(dialogue) for extra in _extra_resources.values()]
    key = f"reports:open-data-package:{dialogue.pk}:{dialogue_fingerprint(dialogue)}:{extras_fingerprint}"
    package = cache.get(key)
    if package is None:
        cells = cached_open_data(dialogue)
        codebook = labels(dialogue, cells)
        extra_rows = {name: extra.rows(dialogue) for name, extra in _extra_resources.items()}
        extra_rows = {name: rows for name, rows in extra_rows.items() if rows is not None}
        package = {
            "descriptor": descriptor(dialogue, latest_release(dialogue), extras=list(extra_rows)),
            "figures": labelled_cells(cells, codebook),
            "codebook": codebook_rows(codebook),
            "extras": extra_rows,
        }
        cache.set(key, package, CACHE_SECONDS)
    return package


def to_csv(rows, fields):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({
            key: ("" if value is None else ("true" if value is True else "false" if value is False else value))
            for key, value in row.items()
        })
    return buffer.getvalue()

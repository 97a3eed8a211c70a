"""What a report says: the context its templates render, built from published figures
only (``Cube``), so that nothing the disclosure rules hide can reach a PDF."""

import weakref
from dataclasses import dataclass

from django.db.models import Count, Sum
from django.utils.translation import gettext as _
from django_countries import countries

from dialogues.regions import region_name, region_of

from ..enums import WORLD, ReportScope, ReviewState
from .chapters import extra_chapters
from .charts import comparison_chart
from .disclosure import Table, suppress
from .open_data import ALL, TOTAL, open_data_if_cached

TOP_OPEN_ANSWERS = 5

def area_name(area):
    if area == WORLD:
        return _("The world")
    if area.isdigit():
        return str(region_name(area))
    return str(countries.name(area)) or area


def comparison_areas(scope, area):
    """The areas a report sets side by side: the country, its region, the world."""
    if scope == ReportScope.NATIONAL:
        return [area, region_of(area), WORLD]
    if scope == ReportScope.REGIONAL:
        return [area, WORLD]
    return [WORLD]


def detail_areas(cube, scope, area):
    """Rows of the annex tables beyond the comparison: a region's countries, the world's regions."""
    if scope == ReportScope.REGIONAL:
        return cube.countries_of(area)
    if scope == ReportScope.GLOBAL:
        return list(cube.regions)
    return []


@dataclass
class QuestionSection:
    question: object
    columns: list
    rows: list  # [(area name, Figures)]
    details: list
    chart: object  # a ComparisonChart, or None when no compared area has figures
    breakdowns: list
    groups: object = None  # a GroupSummary (national reports), or None


def _question_section(cube, question, areas, details, breakdowns):
    figures = cube.figures[question.pk]
    rows = [(area_name(a), figures.get(a)) for a in areas if figures.get(a) is not None]
    compared = [(a, area_name(a), figures.get(a)) for a in areas if figures.get(a) is not None]
    chart = comparison_chart([column.label for column in figures.columns], compared) if compared else None
    detail_rows = [(area_name(a), figures.get(a)) for a in details if figures.get(a) is not None]
    return QuestionSection(question, figures.columns, rows, detail_rows, chart, breakdowns.get(question.pk, []))


# Per cube (one per worker and release): the open data's breakdown cells by country.
_group_cells = weakref.WeakKeyDictionary()


def country_group_cells(cube, country):
    """``{(question code, group): {option code or "total": count or None}}``: the published
    breakdowns of ``country``. Read from the open data of the release when a worker has
    computed it (``warm_open_data``, queued by every release; read once per worker),
    else computed here by the same function on the same rows (``Cube.breakdowns``), so
    both give the very figures the open data publishes."""
    if cube not in _group_cells:
        cells = open_data_if_cached(cube.dialogue) if cube.release else None
        index = None
        if cells is not None:
            index = {}
            for cell in cells:
                if cell["group"] != ALL and region_of(cell["area"]):
                    index.setdefault(cell["area"], {}).setdefault((cell["question"], cell["group"]), {})[
                        cell["option"]] = cell["count"]
        _group_cells[cube] = index
    index = _group_cells[cube]
    if index is not None:
        return index.get(country, {})
    result = {}
    for tables in cube.breakdowns(country).values():
        for breakdown in tables:
            columns = cube.figures[breakdown.question.pk].columns
            for category, row in zip(breakdown.categories, breakdown.rows, strict=True):
                counts = {column.code: count for column, count in zip(columns, row.counts, strict=True)}
                counts[TOTAL] = row.base
                result[(breakdown.question.code, f"{breakdown.feature.code}:{category.code}")] = counts
    return result


@dataclass(frozen=True)
class GroupSummary:
    """A national report's breakdowns of one question, in one line per feature: the
    share giving the country's most chosen answer in each group (None: hidden)."""

    answer: str
    features: list  # [(feature name, [(category label, share or None)])]


def _group_share(counts, option):
    count, base = counts.get(option), counts.get(TOTAL)
    if count is None or not base:
        return None
    return min(1.0, count / base)


def group_summary(question, row, columns, features, group_cells):
    """The ``GroupSummary`` of ``question`` for an area's published ``row``, from its
    published breakdown cells (``country_group_cells``), or None when nothing can be
    shown: a feature is printed when at least one of its groups is published.

    Full breakdown tables in every national report doubled its rendering time (measured
    on seed_scale: WeasyPrint 11.5 s against 4.1 s CPU for Armenia), so a national
    report prints the answer that matters most to its reader and leaves the full tables
    to the open data."""
    if row is None or row.suppressed:
        return None
    shares = [(share, index) for index, (share, column) in enumerate(zip(row.shares, columns, strict=True))
              if share is not None and column.option is not None]
    if not shares:
        return None
    _share, index = max(shares, key=lambda item: (item[0], -item[1]))
    option = columns[index].code
    lines = []
    for feature in features:
        categories = [(str(category.label),
                       _group_share(group_cells.get((question.code, f"{feature.code}:{category.code}"), {}), option))
                      for category in feature.categories.all()]
        if any(share is not None for _label, share in categories):
            lines.append((str(feature.name), categories))
    return GroupSummary(str(columns[index].label), lines) if lines else None


def open_answers(cube, area):
    """The approved open answers of the area's tables, most often given first:
    ``{question_id: [(text, tables), ...]}``."""
    from ..models import OpenAnswerReview

    if cube.release is None:
        return {}
    reviews = OpenAnswerReview.objects.filter(
        state=ReviewState.APPROVED,
        answer__submission__releases=cube.release,
        answer__submission__table__site__country__in=cube.area_countries(area),
    )
    rows = (
        reviews.values_list("answer__question_id", "redacted_text")
        .annotate(tables=Count("id"))
        .order_by("answer__question_id", "-tables", "redacted_text")
    )
    result = {}
    for question_id, text, tables in rows:
        answers = result.setdefault(question_id, [])
        if len(answers) < TOP_OPEN_ANSWERS:
            answers.append((text, tables))
    return result


def key_findings(cube, area, sections):
    """Per question where the area's most chosen answer is published: that answer, its
    share and base, and the world's share of the same answer; strongest first."""
    findings = []
    for section in sections:
        row = cube.figures[section.question.pk].get(area)
        world = cube.figures[section.question.pk].get(WORLD)
        if row is None or row.suppressed:
            continue
        shares = [(s, c) for s, c in zip(row.shares, section.columns, strict=True) if s is not None and c.option]
        if not shares:
            continue
        share, column = max(shares, key=lambda item: item[0])
        world_share = world.shares[section.columns.index(column)] if world and not world.suppressed else None
        findings.append({"question": section.question, "answer": column.label, "share": share, "base": row.base,
                         "world": world_share})
    return sorted(findings, key=lambda finding: -finding["share"])


def summary_stand_in(cube, scope, area, chapters):
    """For a country whose own figures are all hidden: its region's findings, which its
    answers are part of (``None`` when the area has findings of its own)."""
    if scope != ReportScope.NATIONAL or any(chapter["findings"] for chapter in chapters) or not region_of(area):
        return None
    region = region_of(area)
    return {
        "region": area_name(region),
        "chapters": [(chapter["topic"], key_findings(cube, region, chapter["sections"])) for chapter in chapters],
    }


def method(cube, area):
    """What the method page says of the area: countries, sites, tables, people present
    (published figure), and per topic people present and tables reporting."""
    from dialogues.models import Site, Table

    area_countries = cube.area_countries(area)
    return {
        "countries": len(area_countries),
        "sites": Site.objects.filter(partner__dialogue=cube.dialogue, country__in=area_countries).count(),
        "tables": Table.objects.filter(site__partner__dialogue=cube.dialogue, site__country__in=area_countries).count(),
        "people": cube.people(area),
        "sessions": [
            (topic, *cube.participation.get(area, {}).get(topic.pk, (None, None)))
            for topic in cube.dialogue.topics.all()
        ],
        "panel": panel_against_quotas(cube, area_countries),
    }


def panel_against_quotas(cube, area_countries):
    """The panel (people selected) by demographic category against the quota targets,
    through disclosure control (perturbed with the registrants' record keys, small
    counts hidden): ``[(feature, [(category, count or None, share or None, target share)])]``."""
    from dialogues.models import Feature
    from registrations.models import QuotaTarget, RegistrantAnswer

    answers = {
        category: (n, keys)
        for category, n, keys in RegistrantAnswer.objects.filter(
            registrant__dialogue=cube.dialogue, registrant__country__in=area_countries, registrant__status="selected"
        )
        .values_list("category_id")
        .annotate(n=Count("id"), keys=Sum("registrant__record_key"))
        .order_by()
    }
    targets = {}
    for category_id, share in QuotaTarget.objects.filter(
        category__feature__dialogue=cube.dialogue, country__in=area_countries, population_share__isnull=False
    ).values_list("category_id", "population_share"):
        targets.setdefault(category_id, []).append(float(share))
    result = []
    for feature in Feature.objects.filter(dialogue=cube.dialogue).prefetch_related("categories"):
        categories = list(feature.categories.all())
        if not categories:
            continue
        pairs = [answers.get(c.pk, (0, 0)) for c in categories]
        # One row (the area) by the feature's categories: a panel all in one category
        # is an area whose members all share it, hidden like any unanimous row.
        published = suppress(Table.from_cells([[n for n, _keys in pairs]], keys=[[keys for _n, keys in pairs]]), cube.k)
        rows = []
        for index, category in enumerate(categories):
            shares = targets.get(category.pk)
            target = sum(shares) / len(shares) if shares else None
            rows.append((category, published.cells[0][index], published.share(0, index), target))
        result.append((feature, rows))
    return result


def cube_features(cube):
    """The dialogue's demographic features with their categories (loaded once per cube)."""
    return cube.features


def report_context(cube, scope, area, *, progress=None):
    """Everything the report template needs for ``scope`` and ``area``."""
    progress = progress or (lambda percent: None)
    areas = [a for a in comparison_areas(scope, area) if a]
    details = detail_areas(cube, scope, area)
    national = scope == ReportScope.NATIONAL
    # A national report summarises its breakdowns under each chart (``group_summary``);
    # regional and global reports print them in full in the annex.
    breakdowns = {} if national else cube.breakdowns(area)
    group_cells = country_group_cells(cube, area) if national else None
    features = cube_features(cube) if national else None
    answers = open_answers(cube, area)
    chapters = []
    topics = list(cube.dialogue.topics.all())
    for index, topic in enumerate(topics):
        questions = [q for q in cube.questions if q.topic_id == topic.pk]
        sections = [_question_section(cube, q, areas, details, breakdowns) for q in questions]
        if national:
            for section in sections:
                section.groups = group_summary(section.question, cube.figures[section.question.pk].get(area),
                                               section.columns, features, group_cells)
        open_questions = [
            (q, answers.get(q.pk, [])) for q in topic.questions.filter(is_current=True, kind="open_text").order_by("position")
        ]
        chapters.append({"topic": topic, "sections": sections, "open_questions": open_questions,
                         "findings": key_findings(cube, area, sections)})
        progress(10 + int(60 * (index + 1) / max(1, len(topics))))
    return {
        "dialogue": cube.dialogue,
        "scope": scope,
        "area": area,
        "area_name": area_name(area),
        "comparison": [area_name(a) for a in areas],
        "k": cube.k,
        "release": cube.release,
        "method": method(cube, area),
        "chapters": chapters,
        "has_findings": any(chapter["findings"] for chapter in chapters),
        "stand_in": summary_stand_in(cube, scope, area, chapters),
        "extra_chapters": extra_chapters(cube, scope, area),
    }

"""The published figures of a dialogue: per closed question, counts and shares per
option for every country, region (UN M49) and the world, with disclosure control
applied (``disclosure.suppress_linked_tables``), and breakdowns by demographic feature
for any set of countries. Figures that are hidden are ``None``, never zero."""

from dataclasses import dataclass, field

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from ..enums import WORLD
from .disclosure import Table, suppress, suppress_linked_tables
from .queries import counts
from .regions import region_of

NO_ANSWER = "no_answer"


@dataclass(frozen=True)
class Column:
    """One answer column of a question: an option, or no answer (abstention, blank)."""

    code: str
    option: object = None

    @property
    def label(self):
        return self.option.label if self.option is not None else _("No answer")


@dataclass(frozen=True)
class Figures:
    """One area's (or group's) published row: counts per column, the base, the shares."""

    counts: tuple
    base: object
    shares: tuple

    @property
    def suppressed(self):
        return self.base is None


@dataclass
class QuestionFigures:
    question: object
    columns: list
    areas: dict = field(default_factory=dict)

    def get(self, area):
        return self.areas.get(area)


@dataclass(frozen=True)
class Breakdown:
    """A question's answers by the categories of one feature; ``covers`` is how many
    people the breakdown is based on (None when under k)."""

    question: object
    feature: object
    categories: list
    rows: tuple
    covers: object

    @property
    def named_rows(self):
        return [(category.label, row) for category, row in zip(self.categories, self.rows, strict=True)]


def closed_questions(dialogue):
    from dialogues.models import Question

    return list(
        Question.objects.filter(topic__dialogue=dialogue, is_current=True)
        .exclude(kind="open_text")
        .exclude(mode="table")
        .select_related("topic")
        .prefetch_related("options")
        .order_by("topic__position", "topic_id", "position", "id")
    )


def columns_of(question):
    return [Column(option.code, option) for option in question.options.all()] + [Column(NO_ANSWER)]


def _figures(counts_row, base, shares):
    return Figures(tuple(counts_row), base, tuple(shares))


def _row_figures(published, r):
    columns = len(published.column_totals)
    return _figures(published.cells[r], published.row_totals[r], [published.share(r, c) for c in range(columns)])


def _total_figures(published):
    columns = len(published.column_totals)
    return _figures(published.column_totals, published.grand_total, [published.column_share(c) for c in range(columns)])


class Cube:
    """Everything a report, the open data and the dashboard publish for ``dialogue``.
    Built with a handful of GROUP BY queries; suppression runs on the grouped rows."""

    def __init__(self, dialogue):
        self.dialogue = dialogue
        self.k = dialogue.anonymity_threshold
        self.questions = closed_questions(dialogue)
        self.present = counts.people_present(dialogue)
        self.countries = sorted({key[0] for key in self.present if region_of(key[0])})
        self.regions = sorted({region_of(country) for country in self.countries})
        self._features = None
        totals = counts.option_totals(dialogue)
        self.figures = {question.pk: self._question_figures(question, totals) for question in self.questions}

    def countries_of(self, region):
        return [country for country in self.countries if region_of(country) == region]

    def _base(self, question, country, row):
        if question.kind == "multiple_choice":
            return self.present.get((country, question.topic_id), (0, 0))[0]
        return sum(row)

    def _question_figures(self, question, totals):
        columns = columns_of(question)
        option_ids = [column.option.pk if column.option else None for column in columns]
        regions, parts = [], []
        names = {}
        for region in self.regions:
            rows, bases, countries = [], [], []
            for country in self.countries_of(region):
                row = [totals.get((country, question.pk, option), 0) for option in option_ids]
                base = self._base(question, country, row)
                if base or any(row):
                    rows.append(row)
                    bases.append(base)
                    countries.append(country)
            if rows:
                parts.append(Table.from_cells(rows, row_totals=bases))
                regions.append(region)
                names[region] = countries
        result = QuestionFigures(question, columns)
        if not parts:
            return result
        top = Table.from_cells([part.column_totals for part in parts], row_totals=[p.grand_total for p in parts])
        published_top, published_parts = suppress_linked_tables(top, parts, self.k)
        result.areas[WORLD] = _total_figures(published_top)
        for i, region in enumerate(regions):
            result.areas[region] = _row_figures(published_top, i)
            for j, country in enumerate(names[region]):
                result.areas[country] = _row_figures(published_parts[i], j)
        return result

    # --- participation -----------------------------------------------------------

    def area_countries(self, area):
        if area == WORLD:
            return list(self.countries)
        if area in self.regions:
            return self.countries_of(area)
        return [area] if area in self.countries else []

    @cached_property
    def participation(self):
        """Published people present and tables reporting per area and topic:
        ``{area: {topic_id: [people or None, tables]}}``. People counts follow the
        disclosure rules; numbers of tables are not about people and are shown as they are."""
        result = {}
        regions = [region for region in self.regions if self.countries_of(region)]
        for topic in sorted({key[1] for key in self.present}):
            for index in (0, 1):
                parts = [
                    Table.from_cells([[self.present.get((c, topic), (0, 0))[index]] for c in self.countries_of(region)])
                    for region in regions
                ]
                top = Table.from_cells([part.column_totals for part in parts])
                k = self.k if index == 0 else 1
                published_top, published_parts = suppress_linked_tables(top, parts, k)

                def put(area, value, topic=topic, index=index):
                    result.setdefault(area, {}).setdefault(topic, [None, None])[index] = value

                put(WORLD, published_top.grand_total)
                for i, region in enumerate(regions):
                    put(region, published_top.row_totals[i])
                    for country, value in zip(self.countries_of(region), published_parts[i].row_totals, strict=True):
                        put(country, value)
        return result

    def people(self, area):
        """The published number of participants of an area: the largest session."""
        values = [v[0] for v in self.participation.get(area, {}).values()]
        if not values or any(v is None for v in values):
            return None
        return max(values)

    # --- breakdowns ---------------------------------------------------------------

    def group_data(self, area=None):
        """The ballot counts breakdowns are made of, for one area's countries (or all):
        ``(answers, sizes)`` keyed by country first."""
        countries = self.area_countries(area) if area else None
        return (
            counts.group_answers(self.dialogue, countries=countries),
            counts.group_sizes(self.dialogue, countries=countries),
        )

    @cached_property
    def regional_group_data(self):
        """``group_data()`` for the whole dialogue summed up to regions (keyed by region
        code first): the regional and global reports a worker builds share these two
        queries instead of each running its own."""
        answers, sizes = self.group_data()

        def to_region(key):
            return (region_of(key[0]), *key[1:]) if region_of(key[0]) else None

        return counts.sum_by(answers, to_region), counts.sum_by(sizes, to_region)

    def breakdowns(self, area, data=None):
        """``{question_id: [Breakdown, ...]}`` for the countries of ``area``; ``data`` is
        a ``group_data()`` result to reuse (it may cover more countries). Without it, a
        region or the world reads ``regional_group_data``, a country its own rows."""
        from registrations.models import Feature

        countries = set(self.area_countries(area))
        if not countries:
            return {}
        if data is None and (area == WORLD or area in self.regions):
            data = self.regional_group_data
            countries = {area} if area in self.regions else set(self.regions)
        answers, sizes = data or self.group_data(area)
        answers = counts.sum_by(answers, lambda key: key[1:] if key[0] in countries else None)
        sizes = counts.sum_by(sizes, lambda key: key[1:] if key[0] in countries else None)
        if self._features is None:
            self._features = list(Feature.objects.filter(dialogue=self.dialogue).prefetch_related("categories"))
        result = {}
        for question in self.questions:
            columns = columns_of(question)
            option_ids = [column.option.pk if column.option else None for column in columns]
            for feature in self._features:
                categories = list(feature.categories.all())
                rows = [[answers.get((question.pk, option, category.pk), 0) for option in option_ids] for category in categories]
                if not any(any(row) for row in rows):
                    continue
                bases = None
                if question.kind == "multiple_choice":
                    bases = [sizes.get((question.topic_id, category.pk), 0) for category in categories]
                published = suppress(Table.from_cells(rows, row_totals=bases), self.k, hide_unanimous_rows=True)
                breakdown_rows = tuple(_row_figures(published, r) for r in range(len(categories)))
                result.setdefault(question.pk, []).append(
                    Breakdown(question, feature, categories, breakdown_rows, published.grand_total)
                )
        return result

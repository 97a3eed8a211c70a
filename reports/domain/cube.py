"""The published figures of a dialogue's release: per closed question, counts and shares
per option for every country, region (UN M49) and the world, with disclosure control
applied (``disclosure.suppress_linked_tables``), and breakdowns by demographic feature
for any set of countries. Figures are perturbed (cell key method); hidden ones are
``None``, never zero. Shares are ratios of published figures."""

from dataclasses import dataclass, field

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from dialogues.regions import region_of

from ..enums import WORLD
from .disclosure import Table, linked_top, suppress_breakdowns, suppress_linked_tables
from .queries import counts
from .releases import latest_release

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
    """Everything a report, the open data and the dashboard publish for ``dialogue``:
    the figures of ``release`` (by default the latest; none before the first release).
    Built with a handful of GROUP BY queries; disclosure control runs on the grouped rows."""

    def __init__(self, dialogue, release=None):
        self.dialogue = dialogue
        self.release = release or latest_release(dialogue)
        self.k = dialogue.anonymity_threshold
        self.questions = closed_questions(dialogue)
        self.present = counts.people_present(dialogue, self.release) if self.release else {}
        self.countries = sorted({key[0] for key in self.present if region_of(key[0])})
        self.regions = sorted({region_of(country) for country in self.countries})
        totals = counts.option_totals(dialogue, release=self.release) if self.release else {}
        self.figures = {question.pk: self._question_figures(question, totals) for question in self.questions}

    def countries_of(self, region):
        return [country for country in self.countries if region_of(country) == region]

    def _base(self, country, topic_id):
        """People present (and their key sum): the base of multiple-choice shares."""
        people, _tables, keys = self.present.get((country, topic_id), (0, 0, 0))
        return people, keys

    def _question_figures(self, question, totals):
        columns = columns_of(question)
        option_ids = [column.option.pk if column.option else None for column in columns]
        multiple = question.kind == "multiple_choice"
        regions, parts = [], []
        names = {}
        for region in self.regions:
            rows, keys, bases, countries = [], [], [], []
            for country in self.countries_of(region):
                pairs = [totals.get((country, question.pk, option), (0, 0)) for option in option_ids]
                base = self._base(country, question.topic_id) if multiple else (sum(p[0] for p in pairs), 0)
                if base[0] or any(p[0] for p in pairs):
                    rows.append([p[0] for p in pairs])
                    keys.append([p[1] for p in pairs])
                    bases.append(base)
                    countries.append(country)
            if rows:
                parts.append(Table.from_cells(
                    rows, keys=keys,
                    row_totals=[b[0] for b in bases] if multiple else None,
                    row_keys=[b[1] for b in bases] if multiple else None,
                ))
                regions.append(region)
                names[region] = countries
        result = QuestionFigures(question, columns)
        if not parts:
            return result
        published_top, published_parts = suppress_linked_tables(linked_top(parts), parts, self.k)
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
        disclosure rules; numbers of tables are not about people and are shown as they
        are (they change only at a release, like every public figure)."""
        result = {}
        regions = [region for region in self.regions if self.countries_of(region)]
        for topic in sorted({key[1] for key in self.present}):
            parts = []
            for region in regions:
                entries = [self.present.get((c, topic), (0, 0, 0)) for c in self.countries_of(region)]
                parts.append(Table.from_cells([[e[0]] for e in entries], keys=[[e[2]] for e in entries]))
            published_top, published_parts = suppress_linked_tables(linked_top(parts), parts, self.k)

            def put(area, people, tables, topic=topic):
                result.setdefault(area, {})[topic] = [people, tables]

            tables = {c: self.present.get((c, topic), (0, 0, 0))[1] for c in self.countries}
            put(WORLD, published_top.grand_total, sum(tables.values()))
            for i, region in enumerate(regions):
                countries = self.countries_of(region)
                put(region, published_top.row_totals[i], sum(tables[c] for c in countries))
                for country, value in zip(countries, published_parts[i].row_totals, strict=True):
                    put(country, value, tables[country])
        return result

    def people(self, area):
        """The published number of participants of an area: the largest session."""
        values = [v[0] for v in self.participation.get(area, {}).values()]
        if not values or any(v is None for v in values):
            return None
        return max(values)

    # --- breakdowns ---------------------------------------------------------------

    def group_data(self):
        """The ballot counts breakdowns are made of, for every country:
        ``(answers, sizes)`` keyed by country first (cached per release,
        ``counts.once_per_release``)."""
        if self.release is None:
            return {}, {}
        return (
            counts.group_answers(self.dialogue, release=self.release),
            counts.group_sizes(self.dialogue, release=self.release),
        )

    @cached_property
    def features(self):
        """The dialogue's demographic features with their categories, loaded once."""
        from dialogues.models import Feature

        return list(Feature.objects.filter(dialogue=self.dialogue).prefetch_related("categories"))

    @cached_property
    def regional_group_data(self):
        """``group_data()`` for the whole dialogue summed up to regions (keyed by region
        code first): the regional and global reports a worker builds share these two
        queries instead of each running its own."""
        answers, sizes = self.dialogue_group_data

        def to_region(key):
            return (region_of(key[0]), *key[1:]) if region_of(key[0]) else None

        return counts.sum_by(answers, to_region), counts.sum_by(sizes, to_region)

    @cached_property
    def dialogue_group_data(self):
        """``group_data()`` for every country, read once per cube (and once per release
        from the database: ``counts.once_per_release``)."""
        return self.group_data()

    def breakdowns(self, area, data=None):
        """``{question_id: [Breakdown, ...]}`` for the countries of ``area``; ``data`` is
        a ``group_data()`` result to reuse (it may cover more countries). Without it, a
        region or the world reads ``regional_group_data``, a country the dialogue's
        (``dialogue_group_data``, read once per cube)."""
        countries = set(self.area_countries(area))
        if not countries:
            return {}
        if data is None and (area == WORLD or area in self.regions):
            data = self.regional_group_data
            countries = {area} if area in self.regions else set(self.regions)
        answers, sizes = data or self.dialogue_group_data
        answers = counts.sum_by(answers, lambda key: key[1:] if key[0] in countries else None)
        sizes = counts.sum_by(sizes, lambda key: key[1:] if key[0] in countries else None)
        result = {}
        for question in self.questions:
            columns = columns_of(question)
            option_ids = [column.option.pk if column.option else None for column in columns]
            tables = []
            for feature in self.features:
                categories = list(feature.categories.all())
                pairs = [[answers.get((question.pk, option, category.pk), (0, 0)) for option in option_ids]
                         for category in categories]
                if not any(p[0] for row in pairs for p in row):
                    continue
                bases = None
                if question.kind == "multiple_choice":
                    bases = [sizes.get((question.topic_id, category.pk), (0, 0)) for category in categories]
                table = Table.from_cells(
                    [[p[0] for p in row] for row in pairs], keys=[[p[1] for p in row] for row in pairs],
                    row_totals=[b[0] for b in bases] if bases else None, row_keys=[b[1] for b in bases] if bases else None,
                )
                tables.append((feature, categories, table))
            if tables:
                published_tables = suppress_breakdowns([table for _f, _c, table in tables], self.k)
                result[question.pk] = [
                    Breakdown(question, feature, categories,
                              tuple(_row_figures(published, r) for r in range(len(categories))), published.grand_total)
                    for (feature, categories, _table), published in zip(tables, published_tables, strict=True)
                ]
        return result

"""What a chart shows, as plain data: per answer, one bar per area with its published
share, or a mark that the figure is hidden. Built from published figures only (rows of
``Cube.figures``), so a chart can never show more than the tables do; drawing it is the
job of ``reports/interfaces/charts.py`` and the templates."""

from dataclasses import dataclass

from ..enums import WORLD

# Series in the order of comparison: the report's area, its region, the world.
MAX_SERIES = 3


@dataclass(frozen=True)
class Bar:
    """One area's bar for one answer: ``share`` (0 to 1) when published, else ``hidden``."""

    series: int
    area: str
    share: object

    @property
    def hidden(self):
        return self.share is None


@dataclass(frozen=True)
class AnswerBars:
    label: str
    bars: tuple


@dataclass(frozen=True)
class Series:
    """An area of the chart and its base (people who answered, or were present for a
    multiple-choice question); ``base`` is None when the whole row is hidden."""

    index: int
    name: str
    base: object

    @property
    def hidden(self):
        return self.base is None


@dataclass(frozen=True)
class ComparisonChart:
    answers: tuple
    series: tuple

    @property
    def has_hidden(self):
        return any(bar.hidden for answer in self.answers for bar in answer.bars)


def series_of(area):
    """An area's series, the same in every report: a country, a region, the world."""
    if area == WORLD:
        return 2
    return 1 if area.isdigit() else 0


def comparison_chart(labels, rows):
    """A chart of the answers ``labels`` for the areas ``rows`` (``[(area code, area name,
    Figures)]``, at most three, in the order they are compared). A hidden row (its base
    under the threshold) keeps its place, every bar marked hidden, so a reader sees the
    area was asked and why it shows nothing; a hidden share is never drawn as zero."""
    rows = list(rows)[:MAX_SERIES]
    series = tuple(Series(series_of(area), str(name), figures.base) for area, name, figures in rows)
    answers = tuple(
        AnswerBars(str(label), tuple(Bar(series_of(area), str(name), figures.shares[position])
                                     for area, name, figures in rows))
        for position, label in enumerate(labels)
    )
    return ComparisonChart(answers, series)

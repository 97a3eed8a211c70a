"""How many approved answers each theme holds, by country, region and the world, under
the same disclosure control as votes: a question's themes are the columns of linked
tables (countries of each region, regions of the world), an answer may carry several
themes so the rows are not sums (their base is the number of approved answers, like
the people present of a multiple-choice question), every count is perturbed by its
tags' record keys and hidden under the dialogue's threshold (``reports.domain.disclosure``)."""

from dataclasses import dataclass, field

from django.db.models import Count, Sum

from dialogues.regions import region_of
from reports.domain.disclosure import Table, linked_top, suppress_linked_tables
from reports.domain.queries.counts import counted_submissions
from reports.enums import WORLD

from ..models import ThemeTag
from .queries import approved_answers

COUNTRY = "answer__submission__table__site__country"


@dataclass
class AreaThemes:
    counts: list  # per theme: the published count, None when hidden
    base: object  # published number of approved answers, None when hidden

    def shares(self):
        return [None if count is None or not self.base else min(1.0, count / self.base) for count in self.counts]


@dataclass
class ThemeFigures:
    question: object
    themes: list
    areas: dict = field(default_factory=dict)  # {country, region code or WORLD: AreaThemes}
    countries: list = field(default_factory=list)
    regions: list = field(default_factory=list)


def _raw_counts(dialogue, question, release):
    answers = approved_answers(dialogue).filter(
        answer__question=question, answer__submission__in=counted_submissions(dialogue, release)
    )
    bases = {
        country: (n, keys or 0)
        for country, n, keys in answers.values_list(COUNTRY).annotate(n=Count("id"), keys=Sum("answer__submission__record_key"))
        .order_by()
    }
    tags = {
        (country, theme): (n, keys or 0)
        for country, theme, n, keys in ThemeTag.objects.filter(review__in=answers)
        .values_list(f"review__{COUNTRY}", "theme_id").annotate(n=Count("id"), keys=Sum("record_key")).order_by()
    }
    return bases, tags


def theme_figures(dialogue, question, themes, *, release=None):
    """The published counts of ``themes`` (of ``question``) in every area with approved
    answers, from the submissions of ``release`` (the counted ones now without)."""
    result = ThemeFigures(question, list(themes))
    if not result.themes:
        return result
    bases, tags = _raw_counts(dialogue, question, release)
    countries = sorted(country for country in bases if region_of(country))
    regions = sorted({region_of(country) for country in countries})
    parts, names = [], []
    for region in regions:
        members = [country for country in countries if region_of(country) == region]
        pairs = [[tags.get((country, theme.pk), (0, 0)) for theme in result.themes] for country in members]
        parts.append(Table.from_cells(
            [[n for n, _k in row] for row in pairs], keys=[[k for _n, k in row] for row in pairs],
            row_totals=[bases[c][0] for c in members], row_keys=[bases[c][1] for c in members],
        ))
        names.append(members)
    if not parts:
        return result
    top, published_parts = suppress_linked_tables(linked_top(parts), parts, dialogue.anonymity_threshold)
    result.areas[WORLD] = AreaThemes(list(top.column_totals), top.grand_total)
    for i, region in enumerate(regions):
        result.areas[region] = AreaThemes(list(top.cells[i]), top.row_totals[i])
        for j, country in enumerate(names[i]):
            result.areas[country] = AreaThemes(list(published_parts[i].cells[j]), published_parts[i].row_totals[j])
    result.countries, result.regions = countries, regions
    return result

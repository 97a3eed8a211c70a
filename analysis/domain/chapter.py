"""The reports' "What citizens recommended" chapter (added to every report through
``reports.domain.chapters.add_report_chapter``): per open question, its themes with the
published counts of the report's area (hidden ones stay hidden) and a few quoted
answers, approved and redacted only, with their translation into the report's language
when one was made."""

from django.db.models import Count, Max, Sum
from django.utils.translation import get_language

from ..models import AnswerTranslation, ThemeTag
from .queries import approved_answers, themes_of
from .theme_counts import theme_figures

EXAMPLES_PER_THEME = 2
TEMPLATE = "analysis/pdf/_recommended.html"


def _figures(cube, question, themes):
    """One computation per question for all the reports a worker builds from ``cube``."""
    cache = cube.__dict__.setdefault("_theme_figures", {})
    if question.pk not in cache:
        cache[question.pk] = theme_figures(cube.dialogue, question, themes, release=cube.release)
    return cache[question.pk]


def _examples(cube, theme, area):
    countries = cube.area_countries(area)
    reviews = list(
        approved_answers(cube.dialogue).filter(
            theme_tags__theme=theme, answer__submission__releases=cube.release,
            answer__submission__table__site__country__in=countries,
        ).select_related("answer__submission__table").order_by("id")[:EXAMPLES_PER_THEME]
    )
    language = get_language()
    translations = {
        t.review_id: t.text for t in AnswerTranslation.objects.filter(review__in=reviews, language=language)
    }
    return [
        {"text": review.redacted_text, "translation": translations.get(review.pk)
         if review.answer.submission.table.language != language else None}
        for review in reviews
    ]


def recommended_chapter(cube, scope, area):
    """The chapter's context, or None when the dialogue has no themes or no release."""
    if cube.release is None:
        return None
    themes = list(themes_of(cube.dialogue).order_by("question_id", "position", "id"))
    if not themes:
        return None
    questions = []
    for question in dict.fromkeys(theme.question for theme in themes):
        own = [theme for theme in themes if theme.question_id == question.pk]
        figures = _figures(cube, question, own)
        area_figures = figures.areas.get(area)
        counts = area_figures.counts if area_figures else [None] * len(own)
        shares = area_figures.shares() if area_figures else [None] * len(own)
        rows = [{"theme": theme, "count": count, "share": share, "examples": _examples(cube, theme, area)}
                for theme, count, share in zip(own, counts, shares, strict=True)]
        rows.sort(key=lambda row: -(row["count"] or 0))
        questions.append({"question": question, "base": area_figures.base if area_figures else None, "rows": rows})
    return {"template": TEMPLATE, "questions": questions}


def themes_fingerprint(dialogue):
    """What the chapter is made of: the themes, the tags and the translations."""
    themes = themes_of(dialogue).aggregate(n=Count("id"), ids=Sum("id"))
    tags = ThemeTag.objects.filter(theme__question__topic__dialogue=dialogue).aggregate(
        n=Count("id"), ids=Sum("id"), last=Max("tagged_at"))
    translations = AnswerTranslation.objects.filter(review__answer__submission__topic__dialogue=dialogue).aggregate(
        n=Count("id"), last=Max("updated_at"))
    return (themes, tags, translations)


def topic_theme_highlights(cube, area):
    """The dissemination kits' highlights (``reports.domain.chapters.add_topic_highlights``):
    per topic, its themes with the area's published count and share (None: hidden),
    the figures of the chapter above (one computation per question and cube)."""
    if cube.release is None:
        return {}
    themes = list(themes_of(cube.dialogue).order_by("question_id", "position", "id"))
    highlights = {}
    for question in dict.fromkeys(theme.question for theme in themes):
        own = [theme for theme in themes if theme.question_id == question.pk]
        area_figures = _figures(cube, question, own).areas.get(area)
        counts = area_figures.counts if area_figures else [None] * len(own)
        shares = area_figures.shares() if area_figures else [None] * len(own)
        highlights.setdefault(question.topic_id, []).extend(
            {"theme": theme, "count": count, "share": share}
            for theme, count, share in zip(own, counts, shares, strict=True)
        )
    return highlights

"""Tagging approved open answers with themes, one answer or many at once."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..models import ThemeTag
from .errors import AnalysisError
from .queries import approved_answers, themes_of


def tag_answers(dialogue, *, review_ids, theme_ids, by, remove=False):
    """Put the approved answers ``review_ids`` under the themes ``theme_ids`` (or take
    them out with ``remove``). A theme applies only to the answers of its question;
    answers not approved, or of another dialogue, are never tagged. Returns how many
    tags were added (removed). Side effects: the tags, one audit entry
    ``analysis.answers.tagged`` / ``.untagged`` with the ids and the number."""
    themes = list(themes_of(dialogue).filter(pk__in=theme_ids))
    if not themes:
        raise AnalysisError(_("Choose at least one theme."), field="themes")
    reviews = list(approved_answers(dialogue).filter(pk__in=review_ids).values_list("pk", "answer__question_id"))
    if not reviews:
        raise AnalysisError(_("Tick at least one answer."), field="answers")
    pairs = [(theme, review) for theme in themes for review, question in reviews if question == theme.question_id]
    if not pairs:
        raise AnalysisError(_("None of the ticked answers belongs to the question of these themes."), field="themes")
    with transaction.atomic():
        if remove:
            count = 0
            for theme in themes:
                count += ThemeTag.objects.filter(theme=theme, review_id__in=[r for t, r in pairs if t == theme]).delete()[0]
        else:
            existing = set(ThemeTag.objects.filter(theme__in=themes, review_id__in=[r for _t, r in pairs])
                           .values_list("theme_id", "review_id"))
            now = timezone.now()
            new = [ThemeTag(theme=theme, review_id=review, tagged_by=by, tagged_at=now)
                   for theme, review in pairs if (theme.pk, review) not in existing]
            ThemeTag.objects.bulk_create(new)
            count = len(new)
        log_action(f"analysis.answers.{'untagged' if remove else 'tagged'}", actor=by, target=dialogue,
                   data={"themes": [t.pk for t in themes], "answers": sorted({r for _t, r in pairs}), "count": count})
    return count

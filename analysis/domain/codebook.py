"""The codebook: themes per open question, named and described in each language."""

from django.db import transaction
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..models import Theme
from .errors import AnalysisError


def save_theme(theme, *, by, values):
    """Create or change ``theme`` (unsaved for a new one) with ``values`` (model fields,
    the translated ones by language: ``name_fr``). The name in the dialogue's default
    language is required and unique within the question. Side effects: the theme, an
    audit entry ``analysis.theme.created`` / ``.changed``."""
    for field, value in values.items():
        setattr(theme, field, value.strip() if isinstance(value, str) else value)
    default = theme.question.topic.dialogue.default_language
    name = getattr(theme, f"name_{default}", "") or ""
    if not name.strip():
        raise AnalysisError(_("Give the theme a name in the dialogue's main language."), field=f"name_{default}")
    duplicate = Theme.objects.filter(question=theme.question, **{f"name_{default}": name}).exclude(pk=theme.pk)
    if duplicate.exists():
        raise AnalysisError(_("This question already has a theme of that name."), field=f"name_{default}")
    created = theme.pk is None
    with transaction.atomic():
        theme.save()
        log_action(f"analysis.theme.{'created' if created else 'changed'}", actor=by, target=theme,
                   data={"question": theme.question_id})
    return theme

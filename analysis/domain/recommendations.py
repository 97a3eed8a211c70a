"""Recommendations and the decision makers' responses and follow-ups."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import ResponsePosition
from ..models import FollowUp, Response
from .errors import AnalysisError


def save_recommendation(recommendation, *, by, values, themes, questions):
    """Create or change ``recommendation`` (unsaved for a new one) with ``values``
    (fields, translated ones by language) and the themes and questions behind it, all
    of its dialogue. Side effects: the recommendation, an audit entry
    ``analysis.recommendation.created`` / ``.changed``."""
    dialogue = recommendation.dialogue
    for field, value in values.items():
        setattr(recommendation, field, value.strip() if isinstance(value, str) else value)
    default = dialogue.default_language
    if not (getattr(recommendation, f"title_{default}", "") or "").strip():
        raise AnalysisError(_("Give the recommendation a title in the dialogue's main language."), field=f"title_{default}")
    if any(theme.question.topic.dialogue_id != dialogue.pk for theme in themes) or any(
        question.topic.dialogue_id != dialogue.pk for question in questions
    ):
        raise AnalysisError(_("Link only themes and questions of this dialogue."), field="themes")
    created = recommendation.pk is None
    with transaction.atomic():
        recommendation.save()
        recommendation.themes.set(themes)
        recommendation.questions.set(questions)
        log_action(f"analysis.recommendation.{'created' if created else 'changed'}", actor=by, target=recommendation)
    return recommendation


def respond(recommendation, decision_maker, *, position, reasons, commitment, by):
    """Record (or change) ``decision_maker``'s response to ``recommendation``; only the
    decision maker's own account may. Side effects: the response, an audit entry
    ``analysis.response.saved``."""
    if decision_maker.user_id != by.pk or decision_maker.dialogue_id != recommendation.dialogue_id:
        raise AnalysisError(_("You may respond only for yourself, to the recommendations of your dialogue."))
    if position not in ResponsePosition.values:
        raise AnalysisError(_("Choose your position."), field="position")
    if not reasons.strip():
        raise AnalysisError(_("Give the reasons for your position."), field="reasons")
    now = timezone.now()
    with transaction.atomic():
        response, created = Response.objects.update_or_create(
            recommendation=recommendation, decision_maker=decision_maker,
            defaults={"position": position, "reasons": reasons.strip(), "commitment": commitment.strip(), "updated_at": now},
        )
        log_action("analysis.response.saved", actor=by, target=response, data={"position": position, "created": created})
    return response


def add_follow_up(response, *, date, text, link, by):
    """Add a dated update to the author's own ``response``. Side effects: the follow-up,
    an audit entry ``analysis.response.followed_up``."""
    if response.decision_maker.user_id != by.pk:
        raise AnalysisError(_("You may add follow-ups only to your own responses."))
    if not text.strip():
        raise AnalysisError(_("Write what happened."), field="text")
    if date > timezone.localdate():
        raise AnalysisError(_("A follow-up reports what has happened: the date cannot be in the future."), field="date")
    with transaction.atomic():
        follow_up = FollowUp.objects.create(response=response, date=date, text=text.strip(), link=link)
        log_action("analysis.response.followed_up", actor=by, target=response)
    return follow_up

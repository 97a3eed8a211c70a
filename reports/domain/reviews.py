"""Open answers: prepared for review with personal data removed, then approved (or
not) by staff or a partner member of the answer's country. Only approved, redacted
texts are ever published; the originals stay private."""

from django.db import transaction
from django.utils import timezone

from wetheinternet.core.audit import log_action

from ..enums import ReviewState
from ..models import OpenAnswerReview
from .redaction import dialogue_names, redact


def prepare_open_answer_reviews(dialogue):
    """Create a pending review, with the automatic redaction, for every open answer of
    the dialogue's counted results that has none. Idempotent. Returns how many."""
    from dialogues.models.results import OpenAnswer

    from .queries.counts import counted_submissions

    answers = list(
        OpenAnswer.objects.filter(submission__in=counted_submissions(dialogue), review__isnull=True).only("id", "text")
    )
    if not answers:
        return 0
    names = dialogue_names(dialogue)
    reviews = []
    for answer in answers:
        text, removed = redact(answer.text, names)
        reviews.append(OpenAnswerReview(answer=answer, redacted_text=text, removed=removed))
    OpenAnswerReview.objects.bulk_create(reviews, ignore_conflicts=True)
    return len(reviews)


def review_open_answer(review, *, by, approve, text=None):
    """Approve (publish) or reject an open answer. An edited text is redacted again, so
    that an approver cannot put personal data back. Side effects: the review, an audit
    entry ``reports.open_answer.approved`` / ``.rejected``."""
    with transaction.atomic():
        if text is not None and text.strip() and text.strip() != review.redacted_text:
            redacted, removed = redact(text.strip(), dialogue_names(review.answer.submission.topic.dialogue))
            review.redacted_text, review.removed = redacted, review.removed + removed
        review.state = ReviewState.APPROVED if approve else ReviewState.REJECTED
        review.reviewed_by, review.reviewed_at = by, timezone.now()
        review.save()
        log_action(f"reports.open_answer.{'approved' if approve else 'rejected'}", actor=by, target=review)
    return review

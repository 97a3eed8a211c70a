"""Open answers: prepared for review with personal data removed, then approved (or
not) by staff or a partner member of the answer's country. Only approved, redacted
texts are ever published; the originals stay private (and are scrubbed at erasure and
at the end of the retention period, see ``dialogues.domain.redaction.scrub``)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from dialogues.domain.redaction import redact
from results.models import OpenAnswer
from wetheinternet.core.audit import log_action

from ..enums import ReviewState
from ..models import OpenAnswerReview
from .names import dialogue_names
from .queries.counts import counted_submissions


def _redact_answer(text, answer, names):
    table = answer.submission.table
    return redact(text, names=names, language=table.language, regions=[table.site.country.code])


def prepare_open_answer_reviews(dialogue):
    """Create a pending review, with the automatic redaction, for every open answer of
    the dialogue's counted results that has none. Idempotent. Returns how many."""
    answers = list(
        OpenAnswer.objects.filter(submission__in=counted_submissions(dialogue), review__isnull=True)
        .select_related("submission__table__site")
        .only("id", "text", "submission__table__language", "submission__table__site__country")
    )
    if not answers:
        return 0
    names = dialogue_names(dialogue)
    reviews = []
    for answer in answers:
        text, kinds = _redact_answer(answer.text, answer, names)
        reviews.append(OpenAnswerReview(answer=answer, redacted_text=text, found=" ".join(sorted(set(kinds)))))
    OpenAnswerReview.objects.bulk_create(reviews, ignore_conflicts=True)
    return len(reviews)


def review_open_answer(review, *, by, approve, text=None):
    """Approve (publish) or reject an open answer. The text to publish (the reviewer's
    edit, or the prepared text) is redacted again against today's register of names,
    so that an approver cannot put personal data back and a person registered since
    the review was prepared is caught. Side effects: the review, an audit entry
    ``reports.open_answer.approved`` / ``.rejected``."""
    with transaction.atomic():
        if approve:
            names = dialogue_names(review.answer.submission.topic.dialogue)
            _approve(review, names, text=text)
        review.state = ReviewState.APPROVED if approve else ReviewState.REJECTED
        review.reviewed_by, review.reviewed_at = by, timezone.now()
        review.save()
        log_action(f"reports.open_answer.{'approved' if approve else 'rejected'}", actor=by, target=review)
    return review


def _approve(review, names, *, text=None):
    source = text.strip() if text is not None and text.strip() else review.redacted_text
    redacted, kinds = _redact_answer(source, review.answer, names)
    review.redacted_text = redacted
    review.found = " ".join(sorted(set(review.found_kinds) | set(kinds)))


def approve_open_answers(dialogue, review_ids, *, by, visible):
    """Approve, unchanged, the pending reviews ``review_ids`` among ``visible`` (the
    reviews the approver may decide). Each text is redacted again as in
    ``review_open_answer``. Side effects: the reviews, one audit entry
    ``reports.open_answer.approved`` per review. Returns how many were approved."""
    if not review_ids:
        return 0
    names = dialogue_names(dialogue)
    now = timezone.now()
    with transaction.atomic():
        reviews = list(
            visible.filter(pk__in=review_ids, state=ReviewState.PENDING, answer__submission__topic__dialogue=dialogue)
            .select_related("answer__submission__table__site")
            .select_for_update(of=("self",))
        )
        for review in reviews:
            _approve(review, names)
            review.state, review.reviewed_by, review.reviewed_at = ReviewState.APPROVED, by, now
            log_action("reports.open_answer.approved", actor=by, target=review, data={"bulk": True})
        OpenAnswerReview.objects.bulk_update(reviews, ["redacted_text", "found", "state", "reviewed_by", "reviewed_at"])
    return len(reviews)


def export_reviews(reviews, *, dialogue, by, file_format):
    """The header and a row generator of open-answer reviews (a queryset of those ``by``
    may review): question, country, table language, review state, the kinds of personal
    data found, and the text as it would be published; never the original text.

    Side effects: audit entry ``reports.open_answers.exported`` (format)."""
    log_action("reports.open_answers.exported", actor=by, target=dialogue, data={"format": file_format})
    header = [_("Question"), _("Country"), _("Language"), _("Review"), _("Suspected personal data"), _("Text as published")]
    states = {value: str(label) for value, label in ReviewState.choices}
    fields = ["answer__question__code", "answer__submission__table__site__country", "answer__submission__table__language",
              "state", "found", "redacted_text"]

    def rows():
        for row in reviews.values_list(*fields).iterator(chunk_size=2000):
            code, country, language, state, found, text = row
            yield [code, str(country), language, states.get(state, state), found, text]

    return header, rows()

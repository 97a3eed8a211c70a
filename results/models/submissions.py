"""A table's result for one topic session, as entered by its note taker.

The stored shape is compact: one row per submission, whose ``counts`` (totals per option,
for both entry modes) and ``ballots`` (each seat's answers and demographic categories,
only for tables that voted by ballot) are JSON columns; ``results/domain/storage.py`` is
the one module that writes and reads them, and derives the reports' figures from them in
SQL. Open answers keep a row each (reviews and redaction point at them). A correction is
a new submission that ``replaces`` the previous one, which gets ``superseded_at``; at
most one current submission exists per table and session."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from dialogues.models import Question, Table, Topic
from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.record_keys import record_key_field
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import EntryMode, ResultState


class ResultSubmissionQuerySet(VisibleQuerySet):
    def current(self):
        """Submissions not replaced by a correction."""
        return self.filter(superseded_at__isnull=True)

    def counted(self):
        """What reports read: current submissions that were not rejected."""
        return self.current().exclude(state=ResultState.REJECTED)

    def visibility(self, user):
        """Staff see all; partner members their sites'; facilitators and note takers their tables'."""
        if is_organiser_staff(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            Q(table__site__partner__memberships__user=user) | Q(table__facilitator=user) | Q(table__note_taker=user)
        ).distinct()


class ResultSubmission(models.Model):
    table = models.ForeignKey(Table, verbose_name=_("table"), on_delete=models.CASCADE, related_name="results")
    topic = models.ForeignKey(Topic, verbose_name=_("session"), on_delete=models.CASCADE, related_name="results")
    client_id = models.UUIDField(_("submission id"), unique=True, help_text=_("Made by the device that sent it."))
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("corrects"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaced_by",
    )
    superseded_at = models.DateTimeField(_("replaced at"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="result_submissions",
    )
    submitted_at = models.DateTimeField(_("sent at"))
    people_present = models.PositiveSmallIntegerField(_("people present"))
    entry_mode = models.CharField(_("entry mode"), max_length=10, choices=EntryMode.choices)
    content_hash = models.CharField(_("content fingerprint"), max_length=64)
    state = models.CharField(_("state"), max_length=10, choices=ResultState.choices, default=ResultState.SENT)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_results",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    photo = models.ForeignKey(
        "core.StoredFile",
        verbose_name=_("photo of the paper sheet"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    counts = models.JSONField(
        _("counts per option"), default=dict, blank=True, editable=False,
        help_text=_("Per closed question, how many people chose each option (blank: abstained)."),
    )
    ballots = models.JSONField(
        _("ballots"), default=list, blank=True, editable=False,
        help_text=_("Each seat's anonymous answers and demographic categories (individual ballots only)."),
    )
    record_key = record_key_field()

    objects = ResultSubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("table result")
        verbose_name_plural = _("table results")
        ordering = ["table", "topic", "submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["table", "topic"],
                condition=Q(superseded_at__isnull=True),
                name="one_current_result_per_table_session",
            ),
            models.CheckConstraint(condition=Q(people_present__gte=0), name="result_people_present_not_negative"),
            models.CheckConstraint(
                condition=Q(state__in=[s.value for s in ResultState]), name="result_state_known"
            ),
            models.CheckConstraint(
                condition=Q(entry_mode__in=[m.value for m in EntryMode]), name="result_entry_mode_known"
            ),
        ]
        indexes = [models.Index(fields=["topic", "state"], name="result_topic_state_idx")]

    def __str__(self):
        return f"{self.table} · {self.topic} · {self.client_id}"

    @property
    def is_current(self):
        return self.superseded_at is None

    @property
    def is_show_of_hands(self):
        return self.entry_mode == EntryMode.COUNTS


class OpenAnswer(models.Model):
    """One of the table's answers to an open question, with an optional importance rank."""

    submission = models.ForeignKey(ResultSubmission, on_delete=models.CASCADE, related_name="open_answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("answer"), max_length=2000)
    rank = models.PositiveSmallIntegerField(_("importance rank"), null=True, blank=True)

    class Meta:
        verbose_name = _("open answer")
        verbose_name_plural = _("open answers")
        ordering = ["submission", "question", "rank", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(rank__isnull=True) | Q(rank__gte=1), name="open_answer_rank_from_1"),
            models.UniqueConstraint(
                fields=["submission", "question", "rank"],
                condition=Q(rank__isnull=False),
                name="unique_open_answer_rank",
            ),
        ]

    def __str__(self):
        return self.text[:60]

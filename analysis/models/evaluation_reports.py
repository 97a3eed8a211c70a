"""The evaluation report: a PDF of the protected evaluation summary of a dialogue in one
language, built by a worker (the row first, state queued, then the task). It is a
leased job like the reports (``reports.models.LeasedJob``): a worker that dies while
building it loses its lease and the sweep queues the report again."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dialogues.models import Dialogue
from reports.models.jobs import LeasedJob


class EvaluationReport(LeasedJob):
    class State(models.TextChoices):
        # The values of ``reports.enums.JobState`` (claim and sweep use them), the words of this page.
        QUEUED = "queued", _("Waiting for a worker")
        RUNNING = "running", _("Being built")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)

    class Meta:
        verbose_name = _("evaluation report")
        verbose_name_plural = _("evaluation reports")
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["state", "lease_expires_at"], name="evaluation_report_lease_idx")]

    def __str__(self):
        return f"{self.dialogue} ({self.language})"

"""The evaluation report: a PDF of the protected evaluation summary of a dialogue in one
language, built by a worker (the row first, state queued, then the task)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dialogues.models import Dialogue
from wetheinternet.core.models import StoredFile


class EvaluationReport(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting for a worker")
        RUNNING = "running", _("Being built")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    file = models.ForeignKey(StoredFile, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    error = models.CharField(_("error"), max_length=200, blank=True)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("evaluation report")
        verbose_name_plural = _("evaluation reports")
        ordering = ["-requested_at"]

    def __str__(self):
        return f"{self.dialogue} ({self.language})"

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.models import StoredFile


class RenderedDocument(models.Model):
    """A one-off document rendered by a worker, such as a dialogue's fact sheet."""

    class Kind(models.TextChoices):
        FACT_SHEET = "fact_sheet", _("Fact sheet")

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="rendered_documents")
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    language = models.CharField(_("language"), max_length=10)
    file = models.ForeignKey(StoredFile, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("rendered document")
        verbose_name_plural = _("rendered documents")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.language})"

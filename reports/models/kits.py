from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..enums import JobState, ReportScope
from .jobs import LeasedJob


class DisseminationKit(LeasedJob):
    """One dissemination kit (scope, area, language) of a dialogue and the job that
    builds it (``LeasedJob``): a ZIP of the key-findings PDF, the slide deck, the charts
    (SVG and PNG) and the press summary, made from the latest release's published
    figures. The file is stored privately and served by ``views.kits`` only while the
    dialogue's results are public."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="dissemination_kits")
    scope = models.CharField(_("scope"), max_length=10, choices=ReportScope.choices)
    area = models.CharField(
        _("area"), max_length=10, help_text=_("“world”, a UN M49 region code or an ISO 3166 country code.")
    )
    language = models.CharField(_("language"), max_length=10)

    class Meta:
        verbose_name = _("dissemination kit")
        verbose_name_plural = _("dissemination kits")
        ordering = ["dialogue", "scope", "area", "language"]
        constraints = [
            models.UniqueConstraint(fields=["dialogue", "scope", "area", "language"], name="one_kit_per_area_language"),
            models.CheckConstraint(condition=Q(progress__lte=100), name="kit_progress_at_most_100"),
            models.CheckConstraint(condition=Q(state__in=[s.value for s in JobState]), name="kit_state_known"),
        ]
        indexes = [models.Index(fields=["state", "lease_expires_at"], name="kit_lease_idx")]

    def __str__(self):
        return f"{self.scope} {self.area} ({self.language})"

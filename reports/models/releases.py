from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import ReleaseKind


class Release(models.Model):
    """A release of a dialogue's public figures: the exact set of table results every
    public product (dashboard, open data, API, PDFs) is made of until the next release.
    Public figures change only here, never after each submission."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="releases")
    number = models.PositiveIntegerField(_("number"))
    kind = models.CharField(_("kind"), max_length=10, choices=ReleaseKind.choices)
    released_at = models.DateTimeField(_("released at"))
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    submissions = models.ManyToManyField("dialogues.ResultSubmission", related_name="releases", blank=True)
    tables = models.PositiveIntegerField(_("table results"), default=0)

    class Meta:
        verbose_name = _("release of results")
        verbose_name_plural = _("releases of results")
        ordering = ["dialogue", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["dialogue", "number"], name="one_release_number_per_dialogue"),
            models.CheckConstraint(condition=models.Q(kind__in=[k.value for k in ReleaseKind]), name="release_kind_known"),
        ]

    def __str__(self):
        return f"{self.dialogue_id} #{self.number}"

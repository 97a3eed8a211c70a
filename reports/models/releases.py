from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from results.models import ResultSubmission

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
    submissions = models.ManyToManyField(ResultSubmission, related_name="releases", blank=True)
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


class ScheduledRelease(models.Model):
    """A release booked by staff for a set time (UTC). The periodic release task makes it
    once the time has come, exactly once (``ran_at`` is claimed by a conditional update),
    through the same function as a staff release; ``release`` is what it produced (none
    when nothing had changed since the previous release)."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="scheduled_releases")
    due_at = models.DateTimeField(_("release at (UTC)"), db_index=True)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    booked_at = models.DateTimeField(_("booked at"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    ran_at = models.DateTimeField(_("ran at"), null=True, blank=True)
    release = models.OneToOneField(
        Release, on_delete=models.SET_NULL, null=True, blank=True, related_name="booking", verbose_name=_("release made")
    )

    class Meta:
        verbose_name = _("booked release")
        verbose_name_plural = _("booked releases")
        ordering = ["dialogue", "due_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(cancelled_at__isnull=True) | models.Q(ran_at__isnull=True),
                name="booked_release_not_both_cancelled_and_run",
            ),
        ]

    def __str__(self):
        return f"{self.dialogue_id} @ {self.due_at:%Y-%m-%d %H:%M} UTC"

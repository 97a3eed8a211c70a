from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import AcceptanceMethod
from .codes import CodeVersion


class Acceptance(models.Model):
    """One person accepted one version of a code for one dialogue (or platform-wide
    when the dialogue is empty): a user with an account, or a participant without one
    (registrations' registrant, kept by its id: see ``conduct.domain.participants``)."""

    version = models.ForeignKey(CodeVersion, on_delete=models.PROTECT, related_name="acceptances")
    dialogue = models.ForeignKey(
        "dialogues.Dialogue", on_delete=models.CASCADE, null=True, blank=True, related_name="conduct_acceptances"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="conduct_acceptances"
    )
    participant_id = models.PositiveBigIntegerField(_("participant"), null=True, blank=True, db_index=True)
    method = models.CharField(_("how"), max_length=20, choices=AcceptanceMethod.choices)
    accepted_at = models.DateTimeField(_("when (UTC)"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("code-of-conduct acceptance")
        verbose_name_plural = _("code-of-conduct acceptances")
        ordering = ["-accepted_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, participant_id__isnull=True)
                | models.Q(user__isnull=True, participant_id__isnull=False),
                name="acceptance_by_user_or_participant",
            ),
            models.UniqueConstraint(
                fields=["version", "dialogue", "participant_id"],
                condition=models.Q(participant_id__isnull=False),
                name="one_acceptance_per_participant",
            ),
            models.UniqueConstraint(
                fields=["version", "user"],
                condition=models.Q(dialogue__isnull=True, user__isnull=False),
                name="one_platform_acceptance_per_user",
            ),
            models.UniqueConstraint(
                fields=["version", "dialogue", "user"],
                condition=models.Q(dialogue__isnull=False, user__isnull=False),
                name="one_dialogue_acceptance_per_user",
            ),
        ]

    def __str__(self):
        return f"{self.version} – {self.accepted_at:%Y-%m-%d}"


class GuidelinesPresentation(models.Model):
    """A site's conduct contact presented the guidelines at the start of the event."""

    site = models.ForeignKey("dialogues.Site", on_delete=models.CASCADE, related_name="conduct_presentations")
    version = models.ForeignKey(CodeVersion, on_delete=models.PROTECT, related_name="presentations")
    presented_at = models.DateTimeField(_("presented at (UTC)"), default=timezone.now)
    people_present = models.PositiveIntegerField(_("people present"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("presentation of the guidelines")
        verbose_name_plural = _("presentations of the guidelines")
        ordering = ["-presented_at"]

    def __str__(self):
        return f"{self.site} – {self.presented_at:%Y-%m-%d %H:%M}"

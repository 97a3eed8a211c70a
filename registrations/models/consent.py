from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import ConsentMethod, ConsentPurpose


class ConsentText(models.Model):
    """The exact wording of one consent purpose, versioned and translated. A new
    wording is a new version; records point to the version the person saw or heard."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="consent_texts")
    purpose = models.CharField(_("purpose"), max_length=20, choices=ConsentPurpose.choices)
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    text = models.TextField(_("text"))
    published_at = models.DateTimeField(_("published at"), default=timezone.now)

    class Meta:
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        ordering = ["dialogue", "purpose", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["dialogue", "purpose", "version"], name="unique_consent_text_version")
        ]

    def __str__(self):
        return f"{self.get_purpose_display()} v{self.version}"


class ConsentRecord(models.Model):
    """One consent given by one person for one purpose, with how and when."""

    registrant = models.ForeignKey("registrations.Registrant", on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=20, choices=ConsentPurpose.choices)
    text = models.ForeignKey(ConsentText, on_delete=models.PROTECT, related_name="records")
    language = models.CharField(_("language of the text"), max_length=10)
    method = models.CharField(_("method"), max_length=20, choices=ConsentMethod.choices)
    witness = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("witness"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["registrant", "purpose", "-given_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["registrant", "purpose"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_active_consent_per_purpose",
            )
        ]

    def __str__(self):
        return f"{self.registrant_id} {self.purpose}"

    @property
    def is_active(self):
        return self.withdrawn_at is None

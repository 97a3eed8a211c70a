from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AdmissionOverride(models.Model):
    """The site's conduct contact or the Response Lead admitting, with a reason, a
    person a conduct decision bars (a ban or a suspension in force) at check-in."""

    registrant = models.ForeignKey(
        "registrations.Registrant", on_delete=models.CASCADE, related_name="admission_overrides"
    )
    reason = models.TextField(_("reason"))
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("admission despite a conduct decision")
        verbose_name_plural = _("admissions despite a conduct decision")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.registrant_id} admitted {self.created_at:%Y-%m-%d}"

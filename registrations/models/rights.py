import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wetheinternet.accounts.rules import is_data_protection_officer, is_organiser_staff
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import DataRightsKind

RESPONSE_DAYS = 30


def due_in_30_days():
    return timezone.now() + dt.timedelta(days=RESPONSE_DAYS)


class DataRightsRequestQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """The data-protection desk: its officer and organiser staff."""
        return self if (is_data_protection_officer | is_organiser_staff)(user) else self.none()


class DataRightsRequest(models.Model):
    """A data-rights request (access, correction, erasure, withdrawal), with its legal
    due date and its fulfilment. Self-service requests are fulfilled at once."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="+")
    registrant = models.ForeignKey(
        "registrations.Registrant", on_delete=models.SET_NULL, null=True, blank=True, related_name="rights_requests"
    )
    reference_code = models.CharField(_("reference code"), max_length=9, blank=True)
    kind = models.CharField(_("request"), max_length=20, choices=DataRightsKind.choices)
    detail = models.CharField(_("detail"), max_length=200, blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    due_at = models.DateTimeField(_("due by"), default=due_in_30_days)
    fulfilled_at = models.DateTimeField(_("fulfilled at"), null=True, blank=True)
    fulfilled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    fulfilment = models.TextField(_("what was done"), blank=True)

    objects = DataRightsRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("data-rights request")
        verbose_name_plural = _("data-rights requests")
        ordering = ["fulfilled_at", "due_at"]

    def __str__(self):
        return f"{self.kind} {self.reference_code}"


class RetentionPurge(models.Model):
    """What one run of the retention purge did to one dialogue."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="+")
    ran_at = models.DateTimeField(_("ran at"), default=timezone.now)
    registrants_erased = models.PositiveIntegerField(_("people erased"), default=0)
    consents_closed = models.PositiveIntegerField(_("consent records closed"), default=0)

    class Meta:
        verbose_name = _("retention purge")
        verbose_name_plural = _("retention purges")
        ordering = ["-ran_at"]

    def __str__(self):
        return f"{self.dialogue_id} {self.ran_at:%Y-%m-%d}"

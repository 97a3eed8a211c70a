from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import LadderStep, LimitedActivity
from .fields import SecretTextField
from .incidents import Incident


class DecisionQuerySet(models.QuerySet):
    def in_force(self, now=None):
        now = now or timezone.now()
        return self.filter(models.Q(ends_at__isnull=True) | models.Q(ends_at__gt=now), starts_at__lte=now)


class Decision(models.Model):
    """The decision that resolves a case, on the Contributor Covenant 3.0 ladder. Its
    subject is an account, a registered participant (registrations' registrant, kept by
    its id: see ``conduct.domain.participants``), or only described in words."""

    incident = models.OneToOneField(Incident, on_delete=models.CASCADE, related_name="decision")
    step = models.CharField(_("step"), max_length=30, choices=LadderStep.choices)
    subject_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="conduct_decisions",
        verbose_name=_("account concerned"),
    )
    subject_participant_id = models.PositiveBigIntegerField(
        _("participant concerned"), null=True, blank=True, db_index=True
    )
    limited_activity = models.CharField(_("limited activity"), max_length=30, choices=LimitedActivity.choices, blank=True)
    repair_step = SecretTextField(_("repair step"))
    message = SecretTextField(_("message to the people concerned"))
    starts_at = models.DateTimeField(_("from"), default=timezone.now)
    ends_at = models.DateTimeField(_("until (UTC)"), null=True, blank=True)
    decided_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    objects = DecisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(step="ban", ends_at__isnull=True) | (~models.Q(step="ban") & models.Q(ends_at__isnull=False)),
                name="decision_end_date_unless_ban",
            ),
            models.CheckConstraint(
                condition=~models.Q(step="limited_activities") | ~models.Q(limited_activity=""),
                name="decision_limited_names_activity",
            ),
        ]

    def __str__(self):
        return f"{self.incident} – {self.get_step_display()}"


class CaseStatistic(models.Model):
    """What remains of a closed case after its retention period: no text, no people,
    no link to the case; only what the yearly statistics need."""

    year = models.PositiveSmallIntegerField(db_index=True)
    final_state = models.CharField(max_length=20)
    ladder_step = models.CharField(max_length=30, blank=True)
    was_urgent = models.BooleanField(default=False)
    seconds_to_acknowledge = models.PositiveIntegerField(null=True)
    seconds_to_close = models.PositiveIntegerField(null=True)
    reduced_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("anonymous case statistic")
        verbose_name_plural = _("anonymous case statistics")

    def __str__(self):
        return f"{self.year}: {self.final_state} {self.ladder_step}"

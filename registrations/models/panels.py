from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from dialogues.models.partners import in_partner_countries
from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import JobState, PanelRole, RunKind, SelectionAlgorithm


class PanelRunQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff; for partner members, the draws of their partners' countries."""
        return self if is_organiser_staff(user) else self.filter(in_partner_countries(user))


class PanelRun(models.Model):
    """One sortition draw (or replacement) for a site or a country, run as a background
    job. It records everything needed to reproduce it: seed, algorithm, inputs (the
    pool's answers by registrant id and the quotas), quota fulfilment and probabilities."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="panel_runs")
    country = CountryField(_("country"))
    site = models.ForeignKey("dialogues.Site", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    kind = models.CharField(_("kind"), max_length=20, choices=RunKind.choices, default=RunKind.DRAW)
    panel_size = models.PositiveIntegerField(_("panel size"))
    reserve_size = models.PositiveIntegerField(_("reserve size"), default=0)
    algorithm = models.CharField(_("method"), max_length=20, choices=SelectionAlgorithm.choices)
    algorithm_reason = models.TextField(_("why this method"), blank=True)
    seed = models.BigIntegerField(_("seed"))
    state = models.CharField(_("state"), max_length=20, choices=JobState.choices, default=JobState.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    inputs = models.JSONField(_("inputs"), default=dict, blank=True)
    quota_fulfilment = models.JSONField(_("quota fulfilment"), default=list, blank=True)
    probabilities = models.JSONField(_("selection probabilities"), default=dict, blank=True)
    message = models.TextField(_("message"), blank=True)
    seconds = models.FloatField(_("seconds"), null=True, blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = PanelRunQuerySet.as_manager()

    class Meta:
        verbose_name = _("panel selection")
        verbose_name_plural = _("panel selections")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.country} {self.kind} #{self.pk}"


class PanelMember(models.Model):
    run = models.ForeignKey(PanelRun, on_delete=models.CASCADE, related_name="members")
    registrant = models.ForeignKey("registrations.Registrant", on_delete=models.CASCADE, related_name="panel_entries")
    role = models.CharField(_("role"), max_length=20, choices=PanelRole.choices)
    rank = models.PositiveIntegerField(_("rank on the reserve list"), null=True, blank=True)
    replaces = models.ForeignKey(
        "registrations.Registrant", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("panel member")
        verbose_name_plural = _("panel members")
        ordering = ["run", "role", "rank", "id"]
        constraints = [models.UniqueConstraint(fields=["run", "registrant"], name="unique_panel_member")]

    def __str__(self):
        return f"{self.run_id}: {self.registrant_id} {self.role}"

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from dialogues.models.partners import in_partner_countries
from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.models import StoredFile, TimeStampedModel
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import JobState, ReportScope


class ReportJobQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """Staff see every report; partner members the national reports of their
        partners' countries (published or not); everybody the published ones."""
        if is_organiser_staff(user):
            return self
        published = Q(published_at__isnull=False, file__isnull=False)
        own = Q(scope=ReportScope.NATIONAL) & in_partner_countries(user, country="area")
        return self.filter(published | own)


class LeasedJob(TimeStampedModel):
    """The state of a document built by a worker (a report, a dissemination kit): the
    row exists before the task runs (state queued); a worker takes it with a lease
    (running), renews the lease while it works and stores the file (done). A sweep
    re-queues a job whose lease expired (its worker died) until ``attempts`` reaches the
    cap, then marks it failed with the error. ``file`` is the last good file and
    ``file_fingerprint`` the inputs it was built from: a job whose inputs have the same
    fingerprint is skipped (``domain.jobs``)."""

    state = models.CharField(_("state"), max_length=10, choices=JobState.choices, default=JobState.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    lease_expires_at = models.DateTimeField(_("lease expires at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    input_fingerprint = models.CharField(_("input fingerprint"), max_length=64, blank=True)
    file = models.ForeignKey(StoredFile, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    file_fingerprint = models.CharField(_("fingerprint of the stored file's inputs"), max_length=64, blank=True)
    error = models.TextField(_("error"), blank=True)
    skipped = models.BooleanField(_("skipped, inputs unchanged"), default=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    seconds = models.FloatField(_("seconds"), null=True, blank=True)

    class Meta:
        abstract = True


class ReportJob(LeasedJob):
    """One report (scope, area, language) of a dialogue and the job that builds it
    (``LeasedJob``)."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="report_jobs")
    scope = models.CharField(_("scope"), max_length=10, choices=ReportScope.choices)
    area = models.CharField(
        _("area"), max_length=10, help_text=_("“world”, a UN M49 region code or an ISO 3166 country code.")
    )
    language = models.CharField(_("language"), max_length=10)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    objects = ReportJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["dialogue", "scope", "area", "language"]
        constraints = [
            models.UniqueConstraint(fields=["dialogue", "scope", "area", "language"], name="one_report_per_area_language"),
            models.CheckConstraint(condition=Q(progress__lte=100), name="report_progress_at_most_100"),
            models.CheckConstraint(condition=Q(state__in=[s.value for s in JobState]), name="report_state_known"),
        ]
        indexes = [models.Index(fields=["state", "lease_expires_at"], name="report_job_lease_idx")]

    def __str__(self):
        return f"{self.scope} {self.area} ({self.language})"

    @property
    def is_published(self):
        return self.published_at is not None

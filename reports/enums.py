from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportScope(models.TextChoices):
    NATIONAL = "national", _("National")
    REGIONAL = "regional", _("Regional")
    GLOBAL = "global", _("Global")


class JobState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class ReviewState(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved for publication")
    REJECTED = "rejected", _("Not published")


WORLD = "world"


class ReleaseKind(models.TextChoices):
    STAFF = "staff", _("Released by staff")
    AUTOMATIC = "automatic", _("Released automatically")
    SCHEDULED = "scheduled", _("Released at a booked time")

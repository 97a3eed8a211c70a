from django.db import models
from django.utils.translation import gettext_lazy as _


class EntryMode(models.TextChoices):
    BALLOTS = "ballots", _("Individual ballots")
    COUNTS = "counts", _("Show of hands (counts only)")


class ResultState(models.TextChoices):
    SENT = "sent", _("Sent")
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")

from django.db import models
from django.utils.translation import gettext_lazy as _


class ResponsePosition(models.TextChoices):
    """Where a decision maker stands on a recommendation."""

    WILL_ACT = "will_act", _("Will act")
    CONSIDERING = "considering", _("Considering")
    WILL_NOT_ACT = "will_not_act", _("Will not act")


class TranslationSource(models.TextChoices):
    ENTERED = "entered", _("Entered by a translator")
    IMPORTED = "imported", _("Imported from a file")

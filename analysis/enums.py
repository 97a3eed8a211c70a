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


class Audience(models.TextChoices):
    """Who an evaluation questionnaire is for. Participants answer through a one-time
    token; the others are signed in."""

    PARTICIPANTS_BEFORE = "participants_before", _("Participants, before the day")
    PARTICIPANTS_AFTER = "participants_after", _("Participants, after the day")
    PARTNERS = "partners", _("Partners")
    VOLUNTEERS = "volunteers", _("Facilitators and note takers")
    DECISION_MAKERS = "decision_makers", _("Decision makers")

    @classmethod
    def by_token(cls):
        return {cls.PARTICIPANTS_BEFORE, cls.PARTICIPANTS_AFTER}

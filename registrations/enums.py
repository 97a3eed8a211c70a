from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsentPurpose(models.TextChoices):
    """What a consent is for. Participation is required to register; statistics is
    required to be selected (the panel is drawn against demographic quotas)."""

    PARTICIPATION = "participation", _("Taking part and panel selection")
    CONTACT = "contact", _("Being contacted about the dialogue's activity")
    STATISTICS = "statistics", _("Use of my demographic answers in anonymised statistics")
    PHOTOGRAPHS = "photographs", _("Photographs at this media site")


REQUIRED_PURPOSES = (ConsentPurpose.PARTICIPATION,)


class ConsentMethod(models.TextChoices):
    ONLINE = "online", _("Online, by the person")
    ASSISTED = "assisted", _("Given orally, recorded by a partner member")
    PAPER = "paper", _("Paper form, imported")
    READ_ALOUD = "read_aloud", _("Read aloud by the device, recorded by a partner member")


class RegistrantStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    SELECTED = "selected", _("Selected for the panel")
    RESERVE = "reserve", _("On the reserve list")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    ERASED = "erased", _("Erased")


class Attendance(models.TextChoices):
    UNKNOWN = "", _("Not checked in")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no_show", _("Did not come")


class SelectionAlgorithm(models.TextChoices):
    LEGACY = "legacy", _("Legacy (fast, for large pools)")
    MAXIMIN = "maximin", _("Maximin (fairest to the least likely, slow)")
    NASH = "nash", _("Nash (fair, slow)")


class JobState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class PanelRole(models.TextChoices):
    SELECTED = "selected", _("Selected")
    RESERVE = "reserve", _("Reserve")


class RunKind(models.TextChoices):
    DRAW = "draw", _("Panel draw")
    REPLACEMENT = "replacement", _("Replacement from the reserve")


class DataRightsKind(models.TextChoices):
    ACCESS = "access", _("See or download my data")
    CORRECTION = "correction", _("Correct my data")
    ERASURE = "erasure", _("Erase my data")
    WITHDRAWAL = "withdrawal", _("Withdraw a consent")
    LINK = "link", _("Send me a link to my data")

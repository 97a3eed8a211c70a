from django.db import models
from django.utils.translation import gettext_lazy as _


class VersionState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    CONSULTATION = "consultation", _("Open for consultation")
    PUBLISHED = "published", _("Published")
    SUPERSEDED = "superseded", _("Superseded")


class AcceptanceMethod(models.TextChoices):
    ONLINE = "online", _("Online, by the person")
    AT_SITE = "at_site", _("At a site, recorded by the conduct contact")
    PAPER = "paper", _("On paper")


class Familiarity(models.IntegerChoices):
    NOT_AT_ALL = 1, _("I have never read it")
    HEARD_OF = 2, _("I have heard of it")
    READ_ONCE = 3, _("I have read it once")
    KNOW_WELL = 4, _("I know it well")
    USE_IT = 5, _("I use it in my work")


class ChangeKind(models.TextChoices):
    ADD = "add", _("Add something")
    REMOVE = "remove", _("Remove something")
    RETHINK = "rethink", _("Rethink something")


class PlaceKind(models.TextChoices):
    SITE = "site", _("At a dialogue site")
    ONLINE = "online", _("In an online session")
    OTHER = "other", _("In another space (a chat group, social media, a meeting…)")


class ReporterRelation(models.TextChoices):
    HAPPENED_TO_ME = "happened_to_me", _("It happened to me")
    OBSERVED = "observed", _("I observed it")


class ReportKind(models.TextChoices):
    INCIDENT = "incident", _("An incident")
    ABOUT_DECISION = "about_decision", _("About a decision (I believe I was treated unfairly)")


class CaseState(models.TextChoices):
    NEW = "new", _("New")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    INVESTIGATING = "investigating", _("Investigating")
    RESOLVED = "resolved", _("Resolved with a decision")
    DISMISSED = "dismissed", _("Dismissed")


OPEN_STATES = (CaseState.NEW, CaseState.ACKNOWLEDGED, CaseState.INVESTIGATING)
CLOSED_STATES = (CaseState.RESOLVED, CaseState.DISMISSED)

# Allowed moves; resolving goes through a decision (conduct.domain.decisions).
STATE_MOVES = {
    CaseState.NEW: {CaseState.ACKNOWLEDGED, CaseState.INVESTIGATING, CaseState.DISMISSED},
    CaseState.ACKNOWLEDGED: {CaseState.INVESTIGATING, CaseState.DISMISSED},
    CaseState.INVESTIGATING: {CaseState.DISMISSED},
    CaseState.RESOLVED: set(),
    CaseState.DISMISSED: {CaseState.INVESTIGATING},
}


class LadderStep(models.TextChoices):
    """The enforcement ladder of the Contributor Covenant 3.0."""

    WARNING = "warning", _("Warning")
    LIMITED_ACTIVITIES = "limited_activities", _("Temporarily limited activities")
    SUSPENSION = "suspension", _("Temporary suspension")
    BAN = "ban", _("Permanent ban")


class LimitedActivity(models.TextChoices):
    """Activities a decision can limit; other apps ask ``is_activity_limited``."""

    FACILITATE = "facilitate", _("Facilitating a table")
    ENTER_RESULTS = "enter_results", _("Taking notes and entering results")
    CONDUCT_CONTACT = "conduct_contact", _("Acting as a site's conduct contact")
    WORKING_SESSIONS = "working_sessions", _("Joining code-of-conduct working sessions")
    ONLINE_SESSIONS = "online_sessions", _("Taking part in online sessions")

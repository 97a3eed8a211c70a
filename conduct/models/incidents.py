from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dialogues.rules import is_not_limited_in
from wetheinternet.accounts.rules import is_conduct_handler, is_response_lead
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import CLOSED_STATES, CaseState, PlaceKind, ReporterRelation, ReportKind
from .fields import SecretCharField, SecretTextField


class IncidentQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """Cases ``user`` may open: every case for the Response Lead; assigned ones for
        handlers who still hold the role; never a case they recused from; first-line
        reports filed while they were the site's conduct contact. Nobody whose conduct
        duties are limited or suspended by a decision in force. Organiser staff and
        superusers without a conduct role get nothing here. The same rules as
        ``conduct/rules.py``, as a query for lists."""
        if not user.is_authenticated or not is_not_limited_in("conduct_contact")(user):
            return self.none()
        if is_response_lead(user):
            return self.exclude(recusals__handler=user)
        readable = models.Q(first_line_contact=user, share_with_site_contact=True)
        if is_conduct_handler(user):
            readable |= models.Q(assignments__handler=user)
        return self.filter(readable).exclude(recusals__handler=user).distinct()


class Incident(models.Model):
    """A report to the conduct team, from anyone, with or without an account.

    Every free-text field is encrypted at rest. The receipt code is given to the
    reporter once and stored only as a digest."""

    receipt_digest = models.CharField(max_length=64, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=ReportKind.choices, default=ReportKind.INCIDENT)
    related_case = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="related_reports",
        verbose_name=_("about the decision of case"),
    )
    dialogue = models.ForeignKey(
        "dialogues.Dialogue", on_delete=models.SET_NULL, null=True, blank=True, related_name="incidents"
    )
    place_kind = models.CharField(_("where"), max_length=10, choices=PlaceKind.choices)
    # PROTECT: a case reported at a site keeps its place (a CHECK requires it); the site
    # cannot be deleted while a case names it, and the deletion says so.
    site = models.ForeignKey("dialogues.Site", on_delete=models.PROTECT, null=True, blank=True, related_name="incidents")
    place_detail = SecretCharField(_("place details"), max_length=500, blank=True)
    happened_when = SecretCharField(_("when it happened"), max_length=200)
    description = SecretTextField(_("what happened"))
    people_involved = SecretTextField(_("people involved"), blank=True)
    relation = models.CharField(_("happened to you or observed"), max_length=20, choices=ReporterRelation.choices)
    is_urgent = models.BooleanField(_("urgent"), default=False)
    contact = SecretCharField(_("how to contact the reporter"), max_length=300, blank=True)
    share_with_site_contact = models.BooleanField(_("the site's conduct contact may read it"), default=True)
    # Who was the site's conduct contact when the report was filed: only they read it
    # first-line, so naming oneself contact later gives no access to earlier reports.
    first_line_contact = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("first-line conduct contact"),
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10, default="en")
    state = models.CharField(_("state"), max_length=20, choices=CaseState.choices, default=CaseState.NEW)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    notified_at = models.DateTimeField(_("conduct team notified at"), null=True, blank=True)
    marked_false_or_retaliatory = models.BooleanField(_("found false or retaliatory"), default=False)

    objects = IncidentQuerySet.as_manager()

    class Meta:
        verbose_name = _("incident report")
        verbose_name_plural = _("incident reports")
        ordering = ["-is_urgent", "created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(place_kind="site") | models.Q(site__isnull=False),
                name="incident_at_site_names_site",
            )
        ]

    def __str__(self):
        return _("Case %(number)s") % {"number": self.pk}

    @property
    def is_closed(self):
        return self.state in CLOSED_STATES

    @property
    def time_to_acknowledge(self):
        return self.acknowledged_at - self.created_at if self.acknowledged_at else None

    @property
    def time_to_resolve(self):
        return self.closed_at - self.created_at if self.closed_at else None


class StateChange(models.Model):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="state_changes")
    from_state = models.CharField(max_length=20, choices=CaseState.choices, blank=True)
    to_state = models.CharField(max_length=20, choices=CaseState.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.incident}: {self.from_state} → {self.to_state}"


class Assignment(models.Model):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="assignments")
    handler = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conduct_assignments")
    assigned_at = models.DateTimeField(default=timezone.now)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["incident", "handler"], name="unique_case_assignment")]

    def __str__(self):
        return f"{self.incident}: {self.handler}"


class Recusal(models.Model):
    """A handler who is involved or has a conflict of interest: they cannot open the case."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="recusals")
    handler = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conduct_recusals")
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["incident", "handler"], name="unique_case_recusal")]

    def __str__(self):
        return f"{self.incident}: {self.handler} (recused)"


class InternalNote(models.Model):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    body = SecretTextField(_("note"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.incident}: note {self.pk}"

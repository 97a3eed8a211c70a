from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import ChangeKind, Familiarity
from .codes import CodeVersion


class WorkingSession(models.Model):
    """An announced working session on a draft, stored in UTC and shown in UTC and in
    the visitor's local time."""

    version = models.ForeignKey(CodeVersion, on_delete=models.CASCADE, related_name="working_sessions")
    starts_at = models.DateTimeField(_("starts at (UTC)"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=90)
    title = models.CharField(_("title"), max_length=200)

    class Meta:
        verbose_name = _("working session")
        verbose_name_plural = _("working sessions")
        ordering = ["starts_at"]

    def __str__(self):
        return f"{self.title} ({self.starts_at:%Y-%m-%d %H:%M} UTC)"


class ConsultationAnswer(models.Model):
    """One person's feedback on a draft. Anonymous: name and e-mail are kept only
    when the person signs up to a working session."""

    version = models.ForeignKey(CodeVersion, on_delete=models.CASCADE, related_name="consultation_answers")
    familiarity = models.PositiveSmallIntegerField(_("familiarity with the current code"), choices=Familiarity.choices)
    works_well = models.TextField(_("what works well"), blank=True)
    missing_or_unclear = models.TextField(_("what is missing or unclear"), blank=True)
    change_kind = models.CharField(_("add, remove or rethink"), max_length=10, choices=ChangeKind.choices, blank=True)
    change_suggestion = models.TextField(_("concrete suggestion"), blank=True)
    working_session = models.ForeignKey(
        WorkingSession, on_delete=models.SET_NULL, null=True, blank=True, related_name="sign_ups"
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    other_question = models.TextField(_("other question"), blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)

    class Meta:
        verbose_name = _("consultation answer")
        verbose_name_plural = _("consultation answers")
        ordering = ["submitted_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(working_session__isnull=False) | models.Q(name="", email=""),
                name="consultation_anonymous_unless_joining",
            )
        ]

    def __str__(self):
        return f"{self.version} – {self.submitted_at:%Y-%m-%d}"

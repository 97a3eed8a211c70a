"""Partner onboarding: the self-service application, the checklist and the
data-privacy training attempts. The checklist's logic lives in ``domain/onboarding``."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import AgreementMethod, ApplicationDecision
from .partners import Partner


class PartnerApplicationQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """Organiser staff decide applications; nobody else lists them."""
        return self if is_organiser_staff(user) else self.none()


class PartnerApplication(models.Model):
    """An organisation's application to become a partner of a dialogue. Applying creates
    the partner in the state "applied"; staff approve or decline with a message."""

    partner = models.OneToOneField(Partner, on_delete=models.CASCADE, related_name="application")
    coordinator_name = models.CharField(_("coordinator's name"), max_length=200)
    coordinator_email = models.EmailField(_("coordinator's e-mail"))
    coordinator_language = models.CharField(
        _("coordinator's language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    motivation = models.TextField(_("why your organisation wants to take part"))
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    decision = models.CharField(
        _("decision"), max_length=20, choices=ApplicationDecision.choices, default=ApplicationDecision.PENDING
    )
    decision_message = models.TextField(_("message to the applicant"), blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = PartnerApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner application")
        verbose_name_plural = _("partner applications")
        ordering = ["-submitted_at"]

    def __str__(self):
        return str(self.partner)


class OnboardingChecklist(models.Model):
    """What a partner has done towards being ready. Each item keeps who and when.
    "Conduct contact for every site" is not stored: it is read from the sites."""

    partner = models.OneToOneField(Partner, on_delete=models.CASCADE, related_name="checklist")
    agreement_signed_at = models.DateTimeField(_("agreement signed at"), null=True, blank=True)
    agreement_signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    agreement_method = models.CharField(_("agreement"), max_length=20, choices=AgreementMethod.choices, blank=True)
    agreement_file = models.ForeignKey(
        "core.StoredFile", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    conduct_accepted_at = models.DateTimeField(_("code of conduct accepted at"), null=True, blank=True)
    conduct_accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    materials_received_at = models.DateTimeField(_("materials received at"), null=True, blank=True)
    materials_received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    last_reminder_at = models.DateTimeField(_("last reminder sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("onboarding checklist")
        verbose_name_plural = _("onboarding checklists")

    def __str__(self):
        return str(self.partner)


class TrainingAttempt(models.Model):
    """One attempt at the data-privacy quiz by a partner member."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="training_attempts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_attempts")
    score = models.PositiveSmallIntegerField(_("correct answers"))
    question_count = models.PositiveSmallIntegerField(_("questions"))
    passed = models.BooleanField(_("passed"))
    answers = models.JSONField(_("answers given"), default=dict)
    attempted_at = models.DateTimeField(_("attempted at"), default=timezone.now)

    class Meta:
        verbose_name = _("training attempt")
        verbose_name_plural = _("training attempts")
        ordering = ["-attempted_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(score__lte=models.F("question_count")), name="training_score_at_most_questions")
        ]

    def __str__(self):
        return f"{self.user} {self.score}/{self.question_count}"

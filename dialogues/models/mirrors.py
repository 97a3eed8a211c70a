"""A mirror dialogue: a dialogue that anyone made for their own group from a published
toolkit. The dialogue itself is an ordinary dialogue (kind "mirror") with one partner,
the group; this row holds what the self-service sign-up adds to it. The logic lives in
``domain/mirrors``."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.models import TimeStampedModel
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import MirrorState
from .dialogue import Dialogue

MOST_EXPECTED_PARTICIPANTS = 5000


class MirrorDialogueQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff; a self-service organiser sees their own only."""
        if is_organiser_staff(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(dialogue__partners__memberships__user=user).distinct()


class MirrorDialogue(TimeStampedModel):
    dialogue = models.OneToOneField(Dialogue, on_delete=models.CASCADE, related_name="mirror")
    source = models.ForeignKey(
        Dialogue,
        verbose_name=_("made from the toolkit of"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="mirror_copies",
    )
    organisation = models.CharField(_("organisation or group"), max_length=200)
    country = CountryField(_("country"))
    expected_participants = models.PositiveIntegerField(
        _("expected participants"), validators=[MinValueValidator(1), MaxValueValidator(MOST_EXPECTED_PARTICIPANTS)]
    )
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("organiser"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    agreement_version = models.CharField(_("data-protection agreement version"), max_length=20)
    agreement_accepted_at = models.DateTimeField(_("data-protection agreement accepted at"))
    state = models.CharField(_("state"), max_length=20, choices=MirrorState.choices, default=MirrorState.ACTIVE)
    suspended_at = models.DateTimeField(_("suspended at"), null=True, blank=True)
    suspended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    suspension_reason = models.TextField(_("reason for the suspension"), blank=True)
    results_approved_at = models.DateTimeField(_("results approved for publication at"), null=True, blank=True)
    results_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = MirrorDialogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("mirror dialogue")
        verbose_name_plural = _("mirror dialogues")
        ordering = ["-created_at"]

    def __str__(self):
        return self.organisation

    @property
    def is_suspended(self):
        return self.state == MirrorState.SUSPENDED

    @property
    def results_approved(self):
        return self.results_approved_at is not None

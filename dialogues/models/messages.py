import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import VolunteerAudience
from .partners import Partner


class PartnerMessageQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff, else those of the partners the user is a member of."""
        if is_organiser_staff(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(partner__memberships__user=user).distinct()


class PartnerMessage(models.Model):
    """A message a partner wrote to its volunteers: what was written, to which group;
    each recipient's ``core.Message`` carries ``batch`` (one per person, sent by the
    rate-limited sweep)."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="volunteer_messages")
    audience = models.CharField(_("to"), max_length=20, choices=VolunteerAudience.choices)
    subject = models.CharField(_("subject"), max_length=200)
    text = models.TextField(_("message"))
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at (UTC)"), default=timezone.now)
    batch = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    objects = PartnerMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("message to volunteers")
        verbose_name_plural = _("messages to volunteers")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.subject


class StaffMessageQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """Organiser staff only: partners never list what staff sent to whom."""
        return self if is_organiser_staff(user) else self.none()


class StaffMessage(models.Model):
    """A message organiser staff wrote to the coordinators of a dialogue's partners,
    chosen by region, onboarding state and country (each optional); each recipient's
    ``core.Message`` carries ``batch`` (one per person, sent by the rate-limited sweep)."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="staff_messages")
    region = models.CharField(_("region"), max_length=3, blank=True)
    state = models.CharField(_("onboarding state"), max_length=30, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    text = models.TextField(_("message"))
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at (UTC)"), default=timezone.now)
    batch = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partners = models.PositiveIntegerField(_("partners"), default=0)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    objects = StaffMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("message to partners")
        verbose_name_plural = _("messages to partners")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.subject

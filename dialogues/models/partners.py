from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from wetheinternet.core.models import TimeStampedModel

from ..enums import OnboardingState, PartnerRole
from .dialogue import Dialogue


class PartnerQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Partners the user may see: all for organiser staff, else their own."""
        if user.is_authenticated and user.is_active and user.is_staff:
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user).distinct()


class Partner(TimeStampedModel):
    """A national partner organisation covering one or more countries for one dialogue."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("organisation name"), max_length=200)
    countries = CountryField(_("countries"), multiple=True)
    state = models.CharField(
        _("onboarding state"), max_length=30, choices=OnboardingState.choices, default=OnboardingState.INVITED
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("about the organisation"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(
        _("contact phone"), max_length=40, blank=True,
        help_text=_("Printed on the slips of people the partner registers, for those who cannot read."),
    )

    objects = PartnerQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["dialogue", "name"]
        constraints = [models.UniqueConstraint(fields=["dialogue", "name"], name="unique_partner_name_per_dialogue")]

    def __str__(self):
        return self.name


class PartnerMembership(models.Model):
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_memberships")
    role = models.CharField(_("role"), max_length=20, choices=PartnerRole.choices, default=PartnerRole.STAFF)
    invited_at = models.DateTimeField(_("invited at"), default=timezone.now)

    class Meta:
        verbose_name = _("partner member")
        verbose_name_plural = _("partner members")
        constraints = [models.UniqueConstraint(fields=["partner", "user"], name="unique_partner_member")]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()}, {self.partner})"

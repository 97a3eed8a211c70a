from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.models import TimeStampedModel
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import OnboardingState, PartnerRole
from .dialogue import Dialogue


class PartnerQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff, else the partners the user is a member of."""
        if is_organiser_staff(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user).distinct()


def in_partner_countries(user, *, dialogue="dialogue_id", country="country"):
    """A filter for rows whose dialogue and country one of ``user``'s partners covers
    (``dialogue`` and ``country`` name the row's fields). Nothing for anyone else."""
    covered = models.Q(pk__in=[])
    if not user.is_authenticated:
        return covered
    for partner in Partner.objects.unscoped("the user's own memberships").filter(memberships__user=user).only(
        "dialogue_id", "countries"
    ):
        codes = [code.code for code in partner.countries]
        covered |= models.Q(**{dialogue: partner.dialogue_id, f"{country}__in": codes})
    return covered


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

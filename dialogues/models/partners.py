from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.lists import normalise_search_text
from wetheinternet.core.models import TimeStampedModel
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import OnboardingState, PartnerRole
from .dialogue import Dialogue


def partner_covers_country(partner, country):
    """Whether ``partner`` covers ``country`` (an ISO 3166 code or a django-countries
    ``Country``). The one answer to this question: rules, scoped lists and forms ask it."""
    return bool(country) and str(country).upper() in partner.country_codes


class PartnerQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff, else the partners the user is a member of."""
        if is_organiser_staff(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user).distinct()

    def of_member(self, user):
        """The partners ``user`` is a member of (none for an anonymous visitor)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user).only("dialogue_id", "countries")

    def cover_country(self, country):
        """Whether one of these partners covers ``country``."""
        return any(partner_covers_country(partner, country) for partner in self)

    def covered_countries(self):
        """The country codes these partners cover, together."""
        return {code for partner in self for code in partner.country_codes}

    def coverage(self, *, country_field, dialogue_field="dialogue_id"):
        """A filter for rows in these partners' dialogues and countries, ``country_field``
        naming the rows' country code (``Q(pk__in=[])``, matching nothing, for no partner)."""
        scope = models.Q(pk__in=[])
        for partner in self:
            scope |= partner.coverage(country_field=country_field, dialogue_field=dialogue_field)
        return scope


def in_partner_countries(user, *, dialogue="dialogue_id", country="country"):
    """A filter for rows whose dialogue and country one of ``user``'s partners covers
    (``dialogue`` and ``country`` name the row's fields). Nothing for anyone else."""
    members_partners = Partner.objects.unscoped("the user's own memberships").of_member(user)
    return members_partners.coverage(country_field=country, dialogue_field=dialogue)


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

    # Name and country codes, lower case without accents, for searching lists
    # (wetheinternet/core/lists.py); derived on every save.
    search_text = models.CharField(max_length=300, blank=True, editable=False)

    objects = PartnerQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["dialogue", "name"]
        constraints = [models.UniqueConstraint(fields=["dialogue", "name"], name="unique_partner_name_per_dialogue")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = normalise_search_text(self.name, *sorted(self.country_codes))[:300]
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    @property
    def country_codes(self):
        return {country.code for country in self.countries}

    def coverage(self, *, country_field, dialogue_field="dialogue_id"):
        """A filter for rows of this partner's dialogue and countries (see
        ``PartnerQuerySet.coverage``)."""
        return models.Q(**{dialogue_field: self.dialogue_id, f"{country_field}__in": sorted(self.country_codes)})


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

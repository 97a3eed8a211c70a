from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from dialogues.models import Category


class QuotaTarget(models.Model):
    """The quota of a category in one country: either a min and max count, or a share
    of the population from which min and max are derived for a given panel size."""

    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="quotas")
    country = CountryField(_("country"))
    min_count = models.PositiveIntegerField(_("at least"), null=True, blank=True)
    max_count = models.PositiveIntegerField(_("at most"), null=True, blank=True)
    population_share = models.DecimalField(
        _("share of the population"),
        max_digits=5,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("Between 0 and 1; used when no min and max are given."),
    )

    class Meta:
        verbose_name = _("quota target")
        verbose_name_plural = _("quota targets")
        ordering = ["country", "category"]
        constraints = [
            models.UniqueConstraint(fields=["category", "country"], name="unique_quota_per_country"),
            models.CheckConstraint(
                condition=models.Q(min_count__isnull=True)
                | models.Q(max_count__isnull=True)
                | models.Q(min_count__lte=models.F("max_count")),
                name="quota_min_not_above_max",
            ),
        ]

    def __str__(self):
        return f"{self.category} ({self.country})"

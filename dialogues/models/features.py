from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Feature(models.Model):
    """A demographic question of a dialogue (age band, gender, education, ...)."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="features")
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("question"), max_length=200)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("demographic feature")
        verbose_name_plural = _("demographic features")
        ordering = ["dialogue", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["dialogue", "code"], name="unique_feature_code")]

    def __str__(self):
        return self.name


class Category(models.Model):
    """One answer to a feature, e.g. "18 to 29" for the age band."""

    feature = models.ForeignKey(Feature, on_delete=models.CASCADE, related_name="categories")
    code = models.SlugField(_("code"), max_length=40)
    label = models.CharField(_("label"), max_length=200)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["feature", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["feature", "code"], name="unique_category_code")]

    def __str__(self):
        return self.label


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

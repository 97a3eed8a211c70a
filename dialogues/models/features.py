"""The demographic features of a dialogue and their categories: part of its design,
like its topics and questions. Registration asks them, quotas and result entry use them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .dialogue import Dialogue


class Feature(models.Model):
    """A demographic question of a dialogue (age band, gender, education, ...)."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="features")
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

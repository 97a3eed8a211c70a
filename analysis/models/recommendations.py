"""Recommendations drawn from the results, the decision makers asked to respond, their
responses and follow-ups (published on the impact page)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from dialogues.models import Dialogue, Question

from ..enums import ResponsePosition
from .themes import Theme


class Recommendation(models.Model):
    """A recommendation staff drew from the themes and figures it is linked to."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("recommendation"))
    themes = models.ManyToManyField(Theme, blank=True, related_name="recommendations", verbose_name=_("themes"))
    questions = models.ManyToManyField(Question, blank=True, related_name="+", verbose_name=_("questions"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["position", "id"]

    def __str__(self):
        return self.title


class DecisionMaker(models.Model):
    """An invited account asked to respond for an institution, in a country or for the
    world (no country)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="decision_maker_roles")
    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name"), max_length=200)
    institution = models.CharField(_("institution"), max_length=200)
    country = CountryField(_("country"), blank=True, help_text=_("Empty: responds for the world."))
    invited_at = models.DateTimeField(_("invited at"), default=timezone.now)

    class Meta:
        verbose_name = _("decision maker")
        verbose_name_plural = _("decision makers")
        ordering = ["institution", "name"]
        constraints = [models.UniqueConstraint(fields=["user", "dialogue"], name="one_decision_maker_per_dialogue")]

    def __str__(self):
        return f"{self.name} ({self.institution})"


class Response(models.Model):
    """One decision maker's position on one recommendation, with the commitment made."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="responses")
    decision_maker = models.ForeignKey(DecisionMaker, on_delete=models.CASCADE, related_name="responses")
    position = models.CharField(_("position"), max_length=20, choices=ResponsePosition.choices)
    reasons = models.TextField(_("reasons"))
    commitment = models.TextField(_("commitment"), blank=True)
    created_at = models.DateTimeField(_("responded at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        ordering = ["decision_maker__institution", "id"]
        constraints = [
            models.UniqueConstraint(fields=["recommendation", "decision_maker"], name="one_response_per_decision_maker")
        ]

    def __str__(self):
        return f"{self.decision_maker} – {self.get_position_display()}"


class FollowUp(models.Model):
    """A later update on a response: what happened, when, and where to read more."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="follow_ups")
    date = models.DateField(_("date"))
    text = models.TextField(_("update"))
    link = models.URLField(_("link"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["date", "id"]

    def __str__(self):
        return f"{self.date}: {self.text[:40]}"

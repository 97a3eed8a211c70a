"""The agenda of the Deliberation Day: a template per dialogue, scheduled per site.

The template lists the items of the day in order with their durations; applying it to a
site at the site's local start time gives that site's scheduled items, stored in UTC."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import AgendaItemKind
from .dialogue import Dialogue, Topic
from .sites import Site


class AgendaTemplateItem(models.Model):
    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="agenda_items")
    position = models.PositiveSmallIntegerField(_("position"))
    kind = models.CharField(_("kind"), max_length=20, choices=AgendaItemKind.choices)
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.PROTECT, null=True, blank=True, related_name="agenda_items"
    )
    title = models.CharField(_("title"), max_length=200)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(480)]
    )
    day_number = models.PositiveSmallIntegerField(
        _("day"), default=1, validators=[MinValueValidator(1), MaxValueValidator(31)],
        help_text=_("1 for the site's first day, 2 for its second; a site with fewer days holds it on its last day."),
    )

    class Meta:
        verbose_name = _("agenda template item")
        verbose_name_plural = _("agenda template")
        ordering = ["dialogue", "position"]
        constraints = [
            models.UniqueConstraint(fields=["dialogue", "position"], name="unique_agenda_template_position"),
            models.CheckConstraint(condition=models.Q(duration_minutes__gte=1), name="agenda_template_duration_positive"),
            models.CheckConstraint(condition=models.Q(day_number__gte=1), name="agenda_template_day_number_positive"),
            models.CheckConstraint(
                condition=models.Q(kind=AgendaItemKind.TOPIC_SESSION, topic__isnull=False)
                | ~models.Q(kind=AgendaItemKind.TOPIC_SESSION),
                name="agenda_template_topic_session_has_topic",
            ),
        ]

    def __str__(self):
        return f"{self.position}. {self.title} ({self.duration_minutes} min)"

    def clean(self):
        if self.kind == AgendaItemKind.TOPIC_SESSION and self.topic_id is None:
            raise ValidationError({"topic": _("A topic session needs its topic.")})


class ScheduledItemQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """The agenda of the sites the user may see."""
        return self.filter(site__in=Site.objects.visible_to(user))


class ScheduledItem(models.Model):
    """One item of a site's day. ``starts_at`` and ``ends_at`` are in UTC; pages show
    them in the site's time zone (and in UTC for staff)."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="agenda")
    template_item = models.ForeignKey(
        AgendaTemplateItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="scheduled_items"
    )
    position = models.PositiveSmallIntegerField(_("position"))
    kind = models.CharField(_("kind"), max_length=20, choices=AgendaItemKind.choices)
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.PROTECT, null=True, blank=True, related_name="scheduled_items"
    )
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts (UTC)"), db_index=True)
    ends_at = models.DateTimeField(_("ends (UTC)"))

    objects = ScheduledItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("scheduled agenda item")
        verbose_name_plural = _("scheduled agenda items")
        ordering = ["site", "starts_at", "position"]
        constraints = [
            models.UniqueConstraint(fields=["site", "position"], name="unique_scheduled_item_position"),
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")), name="scheduled_item_ends_after_start"),
        ]
        indexes = [models.Index(fields=["site", "topic"])]

    def __str__(self):
        return f"{self.site}: {self.title}"

    @property
    def duration_minutes(self):
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

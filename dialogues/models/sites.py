import datetime
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from wetheinternet.accounts.rules import is_organiser_staff, is_response_lead
from wetheinternet.core.lists import normalise_search_text
from wetheinternet.core.models import TimeStampedModel
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import DayMode, SiteMode
from .partners import Partner


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(value)s” is not a known time zone. Use a name such as Europe/Paris or Pacific/Fiji."),
            params={"value": value},
            code="unknown_time_zone",
        )


class SiteQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff and the Response Lead (who admits people a conduct
        decision bars, at any site); their partner's sites for partner members; the sites
        they are conduct contact of; the sites of their tables."""
        if (is_organiser_staff | is_response_lead)(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            models.Q(partner__memberships__user=user)
            | models.Q(conduct_contact=user)
            | models.Q(tables__facilitator=user)
            | models.Q(tables__note_taker=user)
        ).distinct()


class Site(TimeStampedModel):
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="sites")
    name = models.CharField(_("name"), max_length=200)
    mode = models.CharField(_("format"), max_length=20, choices=SiteMode.choices, default=SiteMode.IN_PERSON)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    street_address = models.TextField(_("street address"), max_length=300, blank=True)
    directions = models.TextField(
        _("directions"), max_length=1000, blank=True,
        help_text=_("How to get there without a map: transport, entrance, floor, landmarks."),
    )
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    languages = models.JSONField(_("languages"), default=list)
    capacity = models.PositiveIntegerField(_("capacity"), default=100)
    registration_target = models.PositiveIntegerField(
        _("registration target"), null=True, blank=True,
        help_text=_("How many registrations you aim for at this site (more than the places, to draw a panel "
                    "from). Empty: the capacity."),
    )
    accessibility_notes = models.TextField(_("accessibility"), blank=True)
    is_media_site = models.BooleanField(_("media present (photographs)"), default=False)
    conduct_contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("conduct contact"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="conduct_contact_sites",
    )

    # Raised by each change of time or place that participants are told of
    # (dialogues/domain/site_changes.py): the SEQUENCE of the site's calendar entry.
    arrangement_sequence = models.PositiveIntegerField(default=0, editable=False)

    # Name, city and country code, lower case without accents, for searching lists
    # (wetheinternet/core/lists.py); derived on every save.
    search_text = models.CharField(max_length=400, blank=True, editable=False)

    objects = SiteQuerySet.as_manager()

    class Meta:
        verbose_name = _("site")
        verbose_name_plural = _("sites")
        ordering = ["partner", "name"]

    def __str__(self):
        return f"{self.name} ({self.city})" if self.city else self.name

    def save(self, *args, **kwargs):
        self.search_text = normalise_search_text(self.name, self.city, str(self.country or ""))[:400]
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        elif not self._state.adding:
            # The sequence is only ever raised in the database (domain/site_changes.py):
            # saving a site read before a change must not lower it.
            kwargs["update_fields"] = [
                field.name for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "arrangement_sequence"
            ]
        super().save(*args, **kwargs)

    @property
    def dialogue(self):
        return self.partner.dialogue

    @property
    def first_day(self):
        """The site's first ``SiteDay`` (None before it has any)."""
        return self.days.order_by("date").first()

    @property
    def day(self):
        """The local date of the site's first day (the dialogue's first day if none)."""
        first = self.first_day
        return first.date if first else self.partner.dialogue.first_day

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def target(self):
        """The registrations aimed for: the registration target, or the capacity."""
        return self.capacity if self.registration_target is None else self.registration_target


class SiteDayQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """The days of the sites the user may see."""
        return self.filter(site__in=Site.objects.visible_to(user))


class SiteDay(models.Model):
    """One day a site meets, within the dialogue's window: its local date, local start
    time and format. The meeting link of an online day is for the site's own people only
    (permission ``dialogues.view_meeting_link``), never on public pages."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="days")
    date = models.DateField(_("date"))
    mode = models.CharField(_("format"), max_length=20, choices=DayMode.choices, default=DayMode.IN_PERSON)
    start_time = models.TimeField(_("local start time"), default=datetime.time(9, 0))
    meeting_link = models.URLField(_("meeting link"), blank=True)

    objects = SiteDayQuerySet.as_manager()

    class Meta:
        verbose_name = _("day at a site")
        verbose_name_plural = _("days at a site")
        ordering = ["site", "date"]
        constraints = [models.UniqueConstraint(fields=["site", "date"], name="unique_site_day_date")]

    def __str__(self):
        return f"{self.site}: {self.date.isoformat()}"


class TableQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff; their partner's tables for partner members; the tables
        they facilitate or take notes at."""
        if is_organiser_staff(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            models.Q(site__partner__memberships__user=user) | models.Q(facilitator=user) | models.Q(note_taker=user)
        ).distinct()


class Table(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="tables")
    number = models.PositiveSmallIntegerField(_("number"))
    language = models.CharField(_("language"), max_length=10, default="en")
    capacity = models.PositiveSmallIntegerField(
        _("seats"), default=6, validators=[MinValueValidator(2), MaxValueValidator(20)]
    )
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="facilitated_tables",
    )
    note_taker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("note taker"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="note_taker_tables",
    )

    objects = TableQuerySet.as_manager()

    class Meta:
        verbose_name = _("table")
        verbose_name_plural = _("tables")
        ordering = ["site", "number"]
        constraints = [
            models.UniqueConstraint(fields=["site", "number"], name="unique_table_number_per_site"),
            models.CheckConstraint(condition=models.Q(capacity__gte=2, capacity__lte=20), name="table_capacity_2_to_20"),
        ]

    def __str__(self):
        return _("Table %(number)s, %(site)s") % {"number": self.number, "site": self.site}

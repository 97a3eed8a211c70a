from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.visibility import VisibleQuerySet


class TableSeatQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff; a site's seats for its partner's members and for the
        facilitators at that site (who see reference codes, names only at their table)."""
        if is_organiser_staff(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            models.Q(table__site__partner__memberships__user=user) | models.Q(table__site__tables__facilitator=user)
        ).distinct()


class TableSeat(models.Model):
    """A registrant seated at a table (from table assignment or a manual swap)."""

    table = models.ForeignKey("dialogues.Table", on_delete=models.CASCADE, related_name="seats")
    seat_number = models.PositiveSmallIntegerField(_("seat"))
    registrant = models.OneToOneField(
        "registrations.Registrant", on_delete=models.CASCADE, related_name="seat"
    )

    objects = TableSeatQuerySet.as_manager()

    class Meta:
        verbose_name = _("table seat")
        verbose_name_plural = _("table seats")
        ordering = ["table", "seat_number"]
        constraints = [
            models.UniqueConstraint(fields=["table", "seat_number"], name="unique_seat_per_table"),
            models.CheckConstraint(condition=models.Q(seat_number__gte=1), name="seat_number_from_1"),
        ]

    def __str__(self):
        return f"{self.table_id}/{self.seat_number}"


class TableAssignmentRun(models.Model):
    """One table assignment of a site's panel: seed, size and diversity score."""

    site = models.ForeignKey("dialogues.Site", on_delete=models.CASCADE, related_name="table_assignments")
    seed = models.BigIntegerField(_("seed"))
    table_size = models.PositiveSmallIntegerField(_("people per table"))
    people = models.PositiveIntegerField(_("people"))
    clashes = models.PositiveIntegerField(_("pairs at a table sharing a category"))
    best_bound = models.PositiveIntegerField(_("fewest such pairs achievable (bound)"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("table assignment")
        verbose_name_plural = _("table assignments")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.site_id} seed {self.seed}"

    @property
    def score(self):
        """100 when the clashes reach the bound."""
        return 100.0 if self.clashes == 0 else round(100.0 * self.best_bound / self.clashes, 1)

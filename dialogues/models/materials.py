"""Information materials of a dialogue (booklets, videos, facilitator and note-taker
guides), each with numbered versions and, per version, one file or link per language.

Files are ``core.StoredFile`` rows (private storage, never a public media address) and
are served only by views that check who asks (``MaterialFile.objects.visible_to``, or
the participant's own signed link). The logic lives in ``domain/materials``."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wetheinternet.accounts.rules import is_organiser_staff
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import MaterialKind
from .dialogue import Dialogue, Topic
from .sites import Table


def _people_of_dialogue(user, dialogue_field):
    """Rows of the dialogues in which ``user`` is a partner member, a facilitator or a note taker."""
    tables = (
        Table.objects.unscoped("the user's own tables")
        .filter(Q(facilitator=user) | Q(note_taker=user))
        .values("site__partner__dialogue_id")
    )
    return Q(**{f"{dialogue_field}__partners__memberships__user": user}) | Q(**{f"{dialogue_field}__in": tables})


class MaterialQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """Staff: all; partner members, facilitators and note takers: their dialogues' materials."""
        if is_organiser_staff(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            pk__in=Material.objects.unscoped("inner query of visibility")
            .filter(_people_of_dialogue(user, "dialogue"))
            .values("pk")
        )


class Material(models.Model):
    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="materials")
    topic = models.ForeignKey(
        Topic,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="materials",
        help_text=_("Leave empty for material about the whole dialogue."),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=MaterialKind.choices)
    title = models.CharField(_("title"), max_length=200)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = MaterialQuerySet.as_manager()

    class Meta:
        verbose_name = _("information material")
        verbose_name_plural = _("information materials")
        ordering = ["dialogue", "position", "id"]

    def __str__(self):
        return self.title

    @property
    def for_participants(self):
        return self.kind in MaterialKind.for_participants()


class MaterialVersion(models.Model):
    """A numbered version. Publishing a new one makes partners' acknowledgements stale."""

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("material version")
        verbose_name_plural = _("material versions")
        ordering = ["material", "-number"]
        constraints = [models.UniqueConstraint(fields=["material", "number"], name="unique_material_version")]

    def __str__(self):
        return f"{self.material} v{self.number}"


class MaterialFileQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """As the materials: staff, and the partner members and table people of the dialogue."""
        if is_organiser_staff(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(version__material__in=Material.objects.visible_to(user))


class MaterialFile(models.Model):
    """One language of one version: a privately stored file or a link (a video)."""

    version = models.ForeignKey(MaterialVersion, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    file = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    link = models.URLField(_("link"), max_length=500, blank=True)

    objects = MaterialFileQuerySet.as_manager()

    class Meta:
        verbose_name = _("material translation")
        verbose_name_plural = _("material translations")
        ordering = ["version", "language"]
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="one_material_file_per_language"),
            models.CheckConstraint(
                condition=(Q(file__isnull=False) & Q(link="")) | (Q(file__isnull=True) & ~Q(link="")),
                name="material_file_or_link",
            ),
        ]

    def __str__(self):
        return f"{self.version} ({self.language})"

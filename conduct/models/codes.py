from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.models import TimeStampedModel

from ..enums import VersionState


class CodeOfConduct(TimeStampedModel):
    """A code of conduct. The platform-wide code has no dialogue; a dialogue may have
    its own code, which then applies to it instead."""

    slug = models.SlugField(_("short name"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    dialogue = models.OneToOneField(
        "dialogues.Dialogue", on_delete=models.CASCADE, null=True, blank=True, related_name="code_of_conduct"
    )

    class Meta:
        verbose_name = _("code of conduct")
        verbose_name_plural = _("codes of conduct")
        ordering = ["slug"]

    def __str__(self):
        return self.title


class CodeVersion(TimeStampedModel):
    """One version of a code, through its life: draft, open for consultation,
    published (exactly one per code at a time), superseded. Its text is translated."""

    code = models.ForeignKey(CodeOfConduct, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version number"))
    state = models.CharField(_("state"), max_length=20, choices=VersionState.choices, default=VersionState.DRAFT)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), help_text=_("Paragraphs separated by an empty line; lines starting with “## ” are headings."))
    summary_of_changes = models.TextField(_("what changed"), blank=True)
    consultation_closes_at = models.DateTimeField(_("consultation closes at (UTC)"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    superseded_at = models.DateTimeField(_("superseded at"), null=True, blank=True)
    what_we_heard = models.TextField(_("what we heard"), blank=True)
    what_we_heard_published_at = models.DateTimeField(_("“what we heard” published at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("code-of-conduct version")
        verbose_name_plural = _("code-of-conduct versions")
        ordering = ["code", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["code", "number"], name="unique_code_version_number"),
            models.UniqueConstraint(
                fields=["code"], condition=models.Q(state="published"), name="one_published_version_per_code"
            ),
        ]

    def __str__(self):
        return _("%(title)s, version %(number)s") % {"title": self.title, "number": self.number}

    @property
    def is_published(self):
        return self.state == VersionState.PUBLISHED

    @property
    def is_open_for_consultation(self):
        return self.state == VersionState.CONSULTATION

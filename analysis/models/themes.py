"""The codebook of open answers: themes per open question, the tags that put an approved
(reviewed, redacted) answer under a theme, and translations of approved answers."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dialogues.models import Question
from reports.models import OpenAnswerReview
from wetheinternet.core.record_keys import record_key_field

from ..enums import TranslationSource


class Theme(models.Model):
    """A theme of the codebook of one open question (name and description in each
    language of the dialogue)."""

    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        # A theme's name is unique within its question in the dialogue's main language
        # (``domain.codebook.save_theme``): a database constraint would also apply, through
        # django-modeltranslation, to the empty names of the languages not yet translated.
        ordering = ["question__topic__position", "question__position", "position", "id"]

    def __str__(self):
        return self.name

    @property
    def dialogue(self):
        return self.question.topic.dialogue


class ThemeTag(models.Model):
    """An approved open answer put under a theme (an answer may carry several). The
    record key perturbs the published counts of themes like every other count."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="tags")
    review = models.ForeignKey(OpenAnswerReview, on_delete=models.CASCADE, related_name="theme_tags")
    tagged_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    tagged_at = models.DateTimeField(_("tagged at"), default=timezone.now)
    record_key = record_key_field()

    class Meta:
        verbose_name = _("theme tag")
        verbose_name_plural = _("theme tags")
        constraints = [models.UniqueConstraint(fields=["theme", "review"], name="unique_theme_tag")]

    def __str__(self):
        return f"{self.theme_id}:{self.review_id}"


class AnswerTranslation(models.Model):
    """The translation of an approved answer's published (redacted) text into
    ``language``; the original stays as it is, and both are shown."""

    review = models.ForeignKey(OpenAnswerReview, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    text = models.TextField(_("translation"), max_length=2000)
    source = models.CharField(_("source"), max_length=10, choices=TranslationSource.choices)
    translated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        verbose_name = _("translation of an open answer")
        verbose_name_plural = _("translations of open answers")
        constraints = [models.UniqueConstraint(fields=["review", "language"], name="unique_answer_translation")]

    def __str__(self):
        return f"{self.review_id} ({self.language})"

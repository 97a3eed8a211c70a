from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.models import TimeStampedModel

from ..enums import LICENCE_DETAILS, DataLicence, DialogueKind, DialogueStatus, QuestionKind, QuestionMode


def default_languages():
    """Every interface language: a new dialogue offers them all until staff narrow it."""
    return [code for code, _name in settings.LANGUAGES]


def default_reminder_days():
    return [7, 1]


class Dialogue(TimeStampedModel):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name in addresses"), unique=True)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=DialogueKind.choices, default=DialogueKind.CITIZENS)
    # The dialogue's window: from ``deliberation_date`` (its first day) to ``end_date``
    # (its last day; empty for a one-day dialogue). Sites schedule their days within it.
    deliberation_date = models.DateField(_("Deliberation Day (first day)"))
    end_date = models.DateField(
        _("last day"), null=True, blank=True,
        help_text=_("For a dialogue held over several days or a month. Leave empty for a one-day dialogue."),
    )
    languages = models.JSONField(_("languages"), default=default_languages)
    default_language = models.CharField(_("default language"), max_length=10, default="en")
    status = models.CharField(_("status"), max_length=30, choices=DialogueStatus.choices, default=DialogueStatus.DRAFT)
    anonymity_threshold = models.PositiveSmallIntegerField(
        _("anonymity threshold k"),
        default=10,
        validators=[MinValueValidator(2), MaxValueValidator(100)],
        help_text=_("No published figure is based on fewer people than this."),
    )
    retention_days = models.PositiveIntegerField(
        _("personal-data retention (days after the dialogue's last day)"), default=365
    )
    data_licence = models.CharField(
        _("licence of the open data and reports"),
        max_length=20,
        choices=DataLicence.choices,
        default=DataLicence.CC_BY_4,
        help_text=_("Printed on the reports' method page and in the open data package and its codebook."),
    )
    result_grace_minutes = models.PositiveIntegerField(
        _("minutes before a session starts that results may be entered"), default=30
    )
    toolkit_published_at = models.DateTimeField(
        _("toolkit published at"), null=True, blank=True,
        help_text=_("When set, anyone can read and download the dialogue's design as a toolkit."),
    )
    # The dialogue whose released figures this one's are set beside (comparisons: mirror,
    # stakeholder and demonstration dialogues beside the main Deliberation Day).
    compared_with = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="compared_dialogues",
        verbose_name=_("compared with"),
        help_text=_("The main dialogue whose released results this dialogue's are shown beside, question by question."),
    )
    reminder_days = models.JSONField(
        _("reminders (days before the day)"), default=default_reminder_days, blank=True,
        help_text=_("Selected participants are reminded this many days before their site's day, e.g. [7, 1]."),
    )

    class Meta:
        verbose_name = _("dialogue")
        verbose_name_plural = _("dialogues")
        ordering = ["-deliberation_date", "name"]
        constraints = [
            models.CheckConstraint(condition=models.Q(anonymity_threshold__gte=2), name="dialogue_k_at_least_2"),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True) | models.Q(end_date__gte=models.F("deliberation_date")),
                name="dialogue_window_ends_after_it_starts",
                violation_error_message=_("The last day of the dialogue cannot be before its first day."),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def licence(self):
        """The open data's licence: SPDX ``name``, its ``title`` and ``path`` (address)
        as a Frictionless Data Package lists it, and ``label`` (translated)."""
        licence = DataLicence(self.data_licence) if self.data_licence in DataLicence.values else DataLicence.CC_BY_4
        title, path = LICENCE_DETAILS[licence]
        return {"name": licence.value, "title": title, "path": path, "label": licence.label}

    @property
    def first_day(self):
        return self.deliberation_date

    @property
    def last_day(self):
        return self.end_date or self.deliberation_date

    @property
    def is_one_day(self):
        return self.last_day == self.first_day

    def in_window(self, day):
        return self.first_day <= day <= self.last_day


class Topic(models.Model):
    """A topic session of the day, e.g. "Digital identity"."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="topics")
    code = models.SlugField(_("code"), max_length=40)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["dialogue", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["dialogue", "code"], name="unique_topic_code")]

    def __str__(self):
        return self.title


class Question(models.Model):
    """A question of a topic. ``code`` is stable across countries and languages so that
    results stay comparable; it is unique within the dialogue."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="questions")
    code = models.SlugField(_("code"), max_length=40)
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    is_current = models.BooleanField(_("current version"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = models.TextField(_("question"))
    help_text = models.TextField(_("help text"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind.choices)
    mode = models.CharField(_("answered by"), max_length=20, choices=QuestionMode.choices, default=QuestionMode.INDIVIDUAL)
    allows_abstention = models.BooleanField(_("abstention or blank allowed"), default=True)
    max_answers = models.PositiveSmallIntegerField(
        _("most answers"),
        null=True,
        blank=True,
        help_text=_("For multiple choice: most options a person may tick. For open text: most answers a table gives."),
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["topic__position", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["topic", "code", "version"], name="unique_question_code_version"),
            models.UniqueConstraint(
                fields=["topic", "code"], condition=models.Q(is_current=True), name="one_current_question_version"
            ),
            # Result entry and reports take closed answers from each seat's ballot (or a
            # show of hands); only open answers are written by the table as a whole.
            models.CheckConstraint(
                condition=~models.Q(mode=QuestionMode.TABLE) | models.Q(kind=QuestionKind.OPEN_TEXT),
                name="closed_questions_are_individual_votes",
                violation_error_message=_(
                    "Closed and scale questions are answered by individual vote: only an open question can be a "
                    "table answer."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.code}: {self.text[:60]}"

    @property
    def is_closed(self):
        return self.kind != QuestionKind.OPEN_TEXT


class Option(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="options")
    code = models.SlugField(_("code"), max_length=40)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    label = models.CharField(_("label"), max_length=300)

    class Meta:
        verbose_name = _("option")
        verbose_name_plural = _("options")
        ordering = ["question", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["question", "code"], name="unique_option_code")]

    def __str__(self):
        return self.label
